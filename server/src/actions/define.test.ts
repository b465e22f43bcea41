import type { PhaseId } from '@moteplass/shared';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { createDispatcher } from './dispatch.js';
import type { ActionReplyOf } from './index.js';
import { actionSetup, closeTestRooms, errorCode } from './testing.js';
import { defineAction } from './types.js';

afterEach(closeTestRooms);

describe('defineAction', () => {
  it('types the payload from the shared schema and keeps the reply’s type', () => {
    const handler = defineAction({
      type: 'startTimer',
      allowed: 'facilitator',
      async run(_context, action) {
        expectTypeOf(action.seconds).toEqualTypeOf<number>();
        return { seconds: action.seconds };
      },
    });
    expectTypeOf(handler.type).toEqualTypeOf<'startTimer'>();
    expectTypeOf<ActionReplyOf<'setPhase'>>().toEqualTypeOf<
      { ok: true } & { phase: PhaseId; serverTime: number }
    >();
  });

  it('a dispatcher runs only the handlers it was given, each after its schema and its rule', async () => {
    const calls: number[] = [];
    const dispatch = createDispatcher([
      defineAction({
        type: 'startTimer',
        allowed: 'facilitator',
        run: async (_context, { seconds }) => {
          calls.push(seconds);
          return { seconds };
        },
      }),
    ]);
    const { facilitator, participant } = await actionSetup();
    expect(await dispatch(facilitator(), { type: 'startTimer', seconds: 60 })).toEqual({
      ok: true,
      seconds: 60,
    });
    expect(await errorCode(dispatch(facilitator(), { type: 'stopTimer' }))).toBe('UNKNOWN_ACTION');
    expect(await errorCode(dispatch(facilitator(), { type: 'startTimer', seconds: 0 }))).toBe(
      'BAD_REQUEST',
    );
    expect(await errorCode(dispatch(participant(), { type: 'startTimer', seconds: 5 }))).toBe(
      'FORBIDDEN',
    );
    expect(calls).toEqual([60]);
  });

  it('the harness’s act returns the handler’s reply, typed', async () => {
    const { act, people } = await actionSetup();
    const reply = await act(people.facilitator, { type: 'setPhase', phase: 'design' }, 1_000);
    expectTypeOf(reply.phase).toEqualTypeOf<PhaseId>();
    expect(reply).toEqual({ ok: true, phase: 'design', serverTime: 1_000 });
  });
});
