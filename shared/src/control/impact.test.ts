import { describe, expect, it } from 'vitest';
import {
  indicatorStatus,
  parseIndicatorNumber,
  readImpactChain,
  readMeasurements,
  EMPTY_IMPACT_CHAIN,
  type Measurement,
} from './impact.js';

const m = (value: number, date: string, id = date): Measurement => ({ id, value, date, note: '' });

describe('impact chain readers', () => {
  it('IMPACT-3: status is reached, onTrack or notYet from numeric baseline, target and the last measurement', () => {
    expect(indicatorStatus('10', '40', [m(20, '2026-01-01')])).toBe('onTrack');
    expect(indicatorStatus('10', '40', [m(45, '2026-01-01')])).toBe('reached');
    expect(indicatorStatus('10', '40', [m(30, '2026-03-01'), m(8, '2026-01-01')])).toBe('onTrack');
    expect(indicatorStatus('10', '40', [m(30, '2026-01-01'), m(8, '2026-03-01')])).toBe('notYet');
    // Lower is better when the target is below the baseline.
    expect(indicatorStatus('12 %', '5 %', [m(9, '2026-01-01')])).toBe('onTrack');
    expect(indicatorStatus('12 %', '5 %', [m(5, '2026-01-01')])).toBe('reached');
  });

  it('IMPACT-3: status is unknown without numbers or without measurements', () => {
    expect(indicatorStatus('lav', '40', [m(20, '2026-01-01')])).toBe('unknown');
    expect(indicatorStatus('10', 'mye bedre', [m(20, '2026-01-01')])).toBe('unknown');
    expect(indicatorStatus('10', '40', [])).toBe('unknown');
  });

  it('reads numbers the way people write them on a card', () => {
    expect(parseIndicatorNumber('12,5 %')).toBe(12.5);
    expect(parseIndicatorNumber('ca. 40 personer')).toBe(40);
    expect(parseIndicatorNumber('1 200 besøk')).toBe(1200);
    expect(parseIndicatorNumber('ingen')).toBeNull();
  });

  it('falls back to an empty chain and skips malformed measurements', () => {
    expect(readImpactChain({ goal: 3 })).toEqual(EMPTY_IMPACT_CHAIN);
    expect(
      readMeasurements({ a: [m(1, '2026-02-01'), { id: 'x' }, m(2, '2026-01-01')], b: 3 }),
    ).toEqual({
      a: [m(2, '2026-01-01'), m(1, '2026-02-01')],
    });
  });
});
