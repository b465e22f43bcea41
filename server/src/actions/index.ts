import type { ActionType } from '@moteplass/shared';
import { agendaHandlers } from '../agenda/index.js';
import { BREAKOUT_HANDLERS } from '../breakout/index.js';
import { EQUALITY_HANDLERS } from '../equality/index.js';
import { SERIES_HANDLERS } from '../series/index.js';
import { bringEveryoneToPhase } from './bring-everyone-to-phase.js';
import { createDispatcher } from './dispatch.js';
import { extendTimer } from './extend-timer.js';
import { lockBoard, unlockBoard } from './lock-board.js';
import { pauseTimer } from './pause-timer.js';
import { removeParticipant } from './remove-participant.js';
import { resumeTimer } from './resume-timer.js';
import { rotateJoinCode } from './rotate-join-code.js';
import { setCursorsVisible } from './set-cursors-visible.js';
import { setPhase } from './set-phase.js';
import { startTimer } from './start-timer.js';
import { stopTimer } from './stop-timer.js';
import type { ActionContext, AnyActionHandler, ReplyOf } from './types.js';

export type { ActionContext, ActionHandler, ActionReply, WorkshopAdmin } from './types.js';
export { defineAction } from './types.js';
export { changeControl } from './control.js';

/**
 * The actions the server handles: this file only assembles the list (each
 * later feature adds its handlers here) and hands it to the dispatcher.
 * Handlers import `types.ts`, never this file (HOUSE-1).
 */
const HANDLERS = [
  setPhase,
  lockBoard,
  unlockBoard,
  startTimer,
  pauseTimer,
  resumeTimer,
  extendTimer,
  stopTimer,
  bringEveryoneToPhase,
  setCursorsVisible,
  rotateJoinCode,
  removeParticipant,
  ...EQUALITY_HANDLERS,
  ...SERIES_HANDLERS,
  // A step's controls go through this dispatcher like the facilitator's own actions.
  ...agendaHandlers(dispatchAction),
  ...BREAKOUT_HANDLERS,
] as const satisfies readonly AnyActionHandler[];

const dispatch = createDispatcher(HANDLERS);

/**
 * Validate, authorise and run one action. Throws `AppError` with a contract code.
 * A function declaration (hoisted), so a handler list may be handed it while
 * the list itself is being built (handlers that run other actions).
 */
export function dispatchAction(context: ActionContext, body: unknown) {
  return dispatch(context, body);
}

type Handler = (typeof HANDLERS)[number];

/**
 * Each action's reply as its handler defines it (`{ok: true}` plus what `run`
 * returns). A list typed only as `ActionHandler[]` says nothing of its
 * actions' replies and is left out (their reply is `{ok: true}` and more).
 */
export type ActionReplies = {
  [H in Handler as ActionType extends H['type'] ? never : H['type']]: ReplyOf<H>;
};
/** The reply of one action type. */
export type ActionReplyOf<T extends ActionType> = T extends keyof ActionReplies
  ? ActionReplies[T]
  : { ok: true };
