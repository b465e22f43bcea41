import { ANONYMITY_KEY, CONTROL_KEYS, mayPostAnonymously, readAnonymity } from '@moteplass/shared';
import { AppError } from '../http/errors.js';
import { changeControl, controlState, currentPhase, defineAction } from './define.js';
import { anonymousNotes } from './anonymous-batch.js';

/** Anonymous mode for the whole workshop or one phase, and whether single anonymous notes are allowed. */
export const setAnonymity = defineAction({
  type: 'setAnonymity',
  allowed: 'facilitator',
  async run(context, { mode, phase, allowSingle }) {
    const anonymity = await changeControl(context, (state) => {
      const current = readAnonymity(state.get(ANONYMITY_KEY));
      const next = {
        mode,
        phase: mode === 'phase' ? (phase ?? currentPhase(state)) : null,
        allowSingle: allowSingle ?? current.allowSingle,
      };
      state.set(ANONYMITY_KEY, next);
      return next;
    });
    return { anonymity };
  },
});

/**
 * An anonymous note, created by the server. Nothing about the caller goes
 * into the note, the logs or storage (ANON-1…4): the handler reads the peer
 * only to check that the board is not locked for them. The note is written
 * with the others of its time window, not at once (ANON-5).
 */
export const addAnonymousNote = defineAction({
  type: 'addAnonymousNote',
  allowed: 'member',
  async run(context, { text, phase }) {
    const trimmed = text.trim();
    if (!trimmed) throw new AppError('BAD_REQUEST', 'An anonymous note needs some text');
    const state = await controlState(context);
    if (!mayPostAnonymously(readAnonymity(state.get(ANONYMITY_KEY)), phase)) {
      throw new AppError('ANONYMOUS_INPUT_OFF', 'Anonymous input is not open for this phase');
    }
    if (state.get(CONTROL_KEYS.locked) === true && !context.peer.facilitator) {
      throw new AppError('BOARD_LOCKED', 'The facilitator has locked the board');
    }
    const itemId = await anonymousNotes(context.rooms).add(
      context.peer.workshopId,
      phase,
      trimmed,
      context.now,
    );
    return { itemId };
  },
});
