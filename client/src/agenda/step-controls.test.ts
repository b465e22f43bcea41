import type { AgendaStep } from '@moteplass/shared';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { describeControls, formatDuration } from './step-controls';

// Keys and values instead of words: what is said, not how it is translated.
const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction;

const step = (extra: Partial<AgendaStep>): AgendaStep => ({
  title: 'Steg',
  prompt: '',
  minutes: 5,
  controls: {},
  startedAt: null,
  endedAt: null,
  ...extra,
});

describe('the agenda step in words', () => {
  it('names the phase and every control a step starts, in order', () => {
    expect(
      describeControls(
        t,
        step({
          phase: 'design',
          controls: {
            silentWriting: { reveal: 'anonymous' },
            vote: { dots: 3 },
            speakingRound: true,
            anonymity: { mode: 'workshop' },
            breakout: { groupSize: 4, mix: 'roles' },
          },
        }),
      ),
    ).toEqual([
      'methods.agenda.controlPhase {"phase":"phases.design.title"}',
      'methods.agenda.controlSilentWriting',
      'methods.agenda.controlVote {"count":3}',
      'methods.agenda.controlSpeakingRound',
      'methods.agenda.controlAnonymity',
      'methods.agenda.controlBreakout {"size":4}',
    ]);
    expect(describeControls(t, step({}))).toEqual([]);
  });

  it('writes actual durations as the report does', () => {
    expect(formatDuration(0)).toBe('0 min 00 s');
    expect(formatDuration(125_400)).toBe('2 min 05 s');
    expect(formatDuration(-5)).toBe('0 min 00 s');
  });
});
