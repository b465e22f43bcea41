import { readTimer, timerRemainingMs } from '@moteplass/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatchAction } from './index.js';
import { actionSetup, closeTestRooms, errorCode } from './testing.js';

afterEach(closeTestRooms);

describe('timer actions', () => {
  it('TIMER-1: start, pause, +1 minute, resume and stop keep the timer in server time', async () => {
    const { facilitator, storedControl } = await actionSetup();
    const stored = async () => readTimer((await storedControl()).get('timer'));

    const started = await dispatchAction(facilitator(10_000), { type: 'startTimer', seconds: 300 });
    expect(started).toMatchObject({ ok: true, serverTime: 10_000 });
    expect(await stored()).toMatchObject({
      status: 'running',
      endsAt: 310_000,
      durationMs: 300_000,
    });

    await dispatchAction(facilitator(70_000), { type: 'pauseTimer' });
    expect(await stored()).toMatchObject({ status: 'paused', endsAt: null, remainingMs: 240_000 });

    await dispatchAction(facilitator(500_000), { type: 'extendTimer', seconds: 60 });
    expect(timerRemainingMs(await stored(), 900_000)).toBe(300_000);

    await dispatchAction(facilitator(1_000_000), { type: 'resumeTimer' });
    expect(await stored()).toMatchObject({ status: 'running', endsAt: 1_300_000 });

    expect(await dispatchAction(facilitator(1_100_000), { type: 'stopTimer' })).toMatchObject({
      timer: { status: 'stopped' },
    });
    expect((await stored()).status).toBe('stopped');
  });

  it('answers CONFLICT for a change that makes no sense now, and changes nothing', async () => {
    const { facilitator, storage } = await actionSetup();
    const appendsBefore = storage.appendCalls.length;
    expect(await errorCode(dispatchAction(facilitator(), { type: 'pauseTimer' }))).toBe('CONFLICT');
    expect(await errorCode(dispatchAction(facilitator(), { type: 'resumeTimer' }))).toBe(
      'CONFLICT',
    );
    expect(
      await errorCode(dispatchAction(facilitator(), { type: 'extendTimer', seconds: 60 })),
    ).toBe('CONFLICT');
    expect(storage.appendCalls).toHaveLength(appendsBefore);
  });

  it('a timer that reached zero counts again from the added minute', async () => {
    const { facilitator, storedControl } = await actionSetup();
    await dispatchAction(facilitator(0), { type: 'startTimer', seconds: 60 });
    await dispatchAction(facilitator(90_000), { type: 'extendTimer', seconds: 60 });
    expect(readTimer((await storedControl()).get('timer'))).toMatchObject({
      status: 'running',
      endsAt: 150_000,
    });
  });
});
