import { Type, type Static, type TObject } from '@sinclair/typebox';
import { PhaseSchema } from './board/items.js';
import { LIMITS } from './limits.js';

/**
 * Workshop actions (`POST /api/workshops/:id/actions`). Each has a body
 * schema here and one small handler on the server that says who may call it
 * and what it changes.
 */
const action = <T extends string, P extends TObject['properties']>(type: T, props: P) =>
  Type.Object({ type: Type.Literal(type), ...props }, { additionalProperties: false });

export const ActionSchemas = {
  setPhase: action('setPhase', { phase: PhaseSchema }),
  lockBoard: action('lockBoard', {}),
  unlockBoard: action('unlockBoard', {}),
  startTimer: action('startTimer', { seconds: Type.Integer({ minimum: 1, maximum: 4 * 3600 }) }),
  stopTimer: action('stopTimer', {}),
  raiseHand: action('raiseHand', {}),
  lowerHand: action('lowerHand', {}),
  grantTurn: action('grantTurn', { participantId: Type.String({ maxLength: 64 }) }),
  endTurn: action('endTurn', {}),
  addAnonymousNote: action('addAnonymousNote', {
    text: Type.String({ minLength: 1, maxLength: LIMITS.itemTextLength }),
    phase: PhaseSchema,
  }),
  saveDraft: action('saveDraft', {
    text: Type.String({ maxLength: LIMITS.itemTextLength }),
    phase: PhaseSchema,
  }),
  revealDrafts: action('revealDrafts', {}),
  startVote: action('startVote', {
    dotsPerParticipant: Type.Integer({ minimum: 1, maximum: 50 }),
    phase: Type.Optional(PhaseSchema),
  }),
  closeVote: action('closeVote', {}),
  castVote: action('castVote', { itemId: Type.String({ maxLength: 64 }) }),
  retractVote: action('retractVote', { itemId: Type.String({ maxLength: 64 }) }),
} as const;

export type ActionType = keyof typeof ActionSchemas;
export type Action<T extends ActionType = ActionType> = Static<(typeof ActionSchemas)[T]>;

export function isActionType(value: unknown): value is ActionType {
  return typeof value === 'string' && Object.hasOwn(ActionSchemas, value);
}
