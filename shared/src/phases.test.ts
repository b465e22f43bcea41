import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './i18n/index.js';
import { LANGUAGES } from './languages.js';
import {
  PHASES,
  PHASE_IDS,
  phaseAfter,
  phaseBefore,
  phaseDefinition,
  phaseFrame,
  phaseIndex,
  phaseOffers,
} from './phases.js';

describe('phase navigation', () => {
  it('goes explore → design → prototype → produce and back, and stops at both ends', () => {
    expect(phaseAfter('explore')).toBe('design');
    expect(phaseAfter('design')).toBe('prototype');
    expect(phaseAfter('prototype')).toBe('produce');
    expect(phaseAfter('produce')).toBeUndefined();
    expect(phaseBefore('produce')).toBe('prototype');
    expect(phaseBefore('design')).toBe('explore');
    expect(phaseBefore('explore')).toBeUndefined();
    expect(PHASE_IDS.map(phaseIndex)).toEqual([0, 1, 2, 3]);
  });

  it('has one definition per phase, in order', () => {
    expect(PHASES.map((phase) => phase.id)).toEqual([...PHASE_IDS]);
    for (const id of PHASE_IDS) expect(phaseDefinition(id).id).toBe(id);
  });

  it('offers the structured cards only in the produce phase', () => {
    expect(phaseOffers('produce', 'action')).toBe(true);
    expect(phaseOffers('produce', 'indicator')).toBe(true);
    for (const id of ['explore', 'design', 'prototype'] as const) {
      expect(phaseOffers(id, 'note')).toBe(true);
      expect(phaseOffers(id, 'action')).toBe(false);
    }
  });

  it('lays the phase frames side by side without overlap', () => {
    const frames = PHASE_IDS.map(phaseFrame);
    for (let i = 1; i < frames.length; i++) {
      expect(frames[i]!.x).toBeGreaterThanOrEqual(frames[i - 1]!.x + frames[i - 1]!.w);
    }
  });

  it('has as many prompts in every language as the definition says', () => {
    for (const language of LANGUAGES) {
      for (const phase of PHASES) {
        expect(
          CATALOGUES[language].phases[phase.id].prompts,
          `${language} ${phase.id}`,
        ).toHaveLength(phase.promptCount);
      }
    }
  });
});
