import { readPhaseLog, readViewRequest } from '@moteplass/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatchAction } from './index.js';
import { actionSetup, closeTestRooms, watchControl } from './testing.js';

afterEach(closeTestRooms);

describe('setPhase', () => {
  it('stores the phase, relays it, and asks following boards to show it', async () => {
    const { facilitator, rooms, workshop, storedControl } = await actionSetup();
    const watcher = await watchControl(rooms, workshop.id);

    expect(await dispatchAction(facilitator(1_000), { type: 'setPhase', phase: 'design' })).toEqual(
      { ok: true, phase: 'design', serverTime: 1_000 },
    );

    const control = await storedControl();
    expect(control.get('phase')).toBe('design');
    expect(readViewRequest(control.get('view'))).toEqual({ phase: 'design', requestedAt: 1_000 });
    expect(watcher.seen().get('phase')).toBe('design');
  });

  it('PHASE-1: records when each phase started and ended, for the export', async () => {
    const { facilitator, storedControl } = await actionSetup();
    await dispatchAction(facilitator(1_000), { type: 'setPhase', phase: 'explore' });
    await dispatchAction(facilitator(2_000), { type: 'setPhase', phase: 'design' });
    // Choosing the phase already under way does not restart it.
    await dispatchAction(facilitator(2_500), { type: 'setPhase', phase: 'design' });
    await dispatchAction(facilitator(3_000), { type: 'setPhase', phase: 'explore' });

    expect(readPhaseLog((await storedControl()).get('phaseLog'))).toEqual([
      { phase: 'explore', startedAt: 1_000, endedAt: 2_000 },
      { phase: 'design', startedAt: 2_000, endedAt: 3_000 },
      { phase: 'explore', startedAt: 3_000 },
    ]);
  });
});

describe('bringEveryoneToPhase', () => {
  it('sets the view request without moving the workshop', async () => {
    const { facilitator, storedControl } = await actionSetup();
    await dispatchAction(facilitator(1_000), { type: 'setPhase', phase: 'prototype' });
    expect(
      await dispatchAction(facilitator(5_000), { type: 'bringEveryoneToPhase', phase: 'explore' }),
    ).toEqual({ ok: true, view: { phase: 'explore', requestedAt: 5_000 } });

    const control = await storedControl();
    expect(control.get('phase')).toBe('prototype');
    expect(readViewRequest(control.get('view'))).toEqual({ phase: 'explore', requestedAt: 5_000 });
    expect(readPhaseLog(control.get('phaseLog'))).toHaveLength(1);
  });
});
