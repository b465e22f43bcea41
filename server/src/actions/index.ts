import { ActionSchemas, isActionType, type ActionType } from '@moteplass/shared';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { agendaHandlers } from '../agenda/index.js';
import { BREAKOUT_HANDLERS } from '../breakout/index.js';
import { EQUALITY_HANDLERS } from '../equality/index.js';
import { AppError } from '../http/errors.js';
import { bringEveryoneToPhase } from './bring-everyone-to-phase.js';
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
import type { ActionContext, ActionHandler } from './types.js';

export type { ActionContext, ActionHandler, WorkshopAdmin } from './types.js';

/** The actions the server handles. Each later feature adds its handlers here. */
const HANDLERS: ActionHandler[] = [
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
  // A step's controls go through this dispatcher like the facilitator's own actions.
  ...agendaHandlers(dispatchAction),
  ...BREAKOUT_HANDLERS,
] as ActionHandler[];

const handlers = new Map(HANDLERS.map((handler) => [handler.type, handler]));
const validators = new Map(
  HANDLERS.map((handler) => [handler.type, TypeCompiler.Compile(ActionSchemas[handler.type])]),
);

/** Validate, authorise and run one action. Throws `AppError` with a contract code. */
export async function dispatchAction(
  context: ActionContext,
  body: unknown,
): Promise<Record<string, unknown>> {
  const type = (body as { type?: unknown } | null)?.type;
  if (!isActionType(type) || !handlers.has(type)) {
    throw new AppError('UNKNOWN_ACTION', `Unknown action type ${JSON.stringify(type ?? null)}`);
  }
  const handler = handlers.get(type as ActionType)!;
  const validator = validators.get(handler.type)!;
  if (!validator.Check(body)) {
    const first = validator.Errors(body).First();
    throw new AppError(
      'BAD_REQUEST',
      `Invalid ${type}: ${first ? `${first.path || '/'} ${first.message}` : 'bad body'}`,
    );
  }
  if (handler.allowed === 'facilitator' && !context.peer.facilitator) {
    throw new AppError('FORBIDDEN', `Only the facilitator may ${type}`);
  }
  const result = await handler.run(context, body as never);
  return { ok: true, ...(result ?? {}) };
}
