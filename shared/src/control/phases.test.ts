import { describe, expect, it } from 'vitest';
import { PHASE_LOG_MAX_ENTRIES, logPhaseStart, openPhaseEntry, readPhaseLog } from './phases.js';

describe('phase log', () => {
  it('ends the open phase and starts the next', () => {
    const log = logPhaseStart(logPhaseStart([], 'explore', 10), 'design', 20);
    expect(log).toEqual([
      { phase: 'explore', startedAt: 10, endedAt: 20 },
      { phase: 'design', startedAt: 20 },
    ]);
    expect(openPhaseEntry(log)).toEqual({ phase: 'design', startedAt: 20 });
  });

  it('does not restart the phase under way', () => {
    const log = logPhaseStart([], 'explore', 10);
    expect(logPhaseStart(log, 'explore', 99)).toEqual(log);
  });

  it('stays bounded', () => {
    let log = logPhaseStart([], 'explore', 0);
    for (let i = 1; i <= PHASE_LOG_MAX_ENTRIES + 10; i++) {
      log = logPhaseStart(log, i % 2 ? 'design' : 'explore', i);
    }
    expect(log).toHaveLength(PHASE_LOG_MAX_ENTRIES);
    expect(openPhaseEntry(log)?.startedAt).toBe(PHASE_LOG_MAX_ENTRIES + 10);
  });

  it('skips malformed entries when reading', () => {
    expect(readPhaseLog('nope')).toEqual([]);
    expect(
      readPhaseLog([{ phase: 'explore', startedAt: 1 }, { phase: 'party', startedAt: 2 }, null]),
    ).toEqual([{ phase: 'explore', startedAt: 1 }]);
  });
});
