import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { PhaseSchema } from '../board/items.js';
import type { PhaseId } from '../phases.js';

/**
 * "Follow the facilitator": the phase everybody's board should show, in the
 * control document under `view`. `setPhase` and `bringEveryoneToPhase` write
 * it; each client brings its view there unless its person opted out. The
 * time lets a client tell a new request from one it has already followed.
 */
export const VIEW_KEY = 'view';

export const ViewRequestSchema = Type.Object({
  phase: PhaseSchema,
  /** Server time of the request, ms. */
  requestedAt: Type.Number({ minimum: 0, maximum: 1e15 }),
});
export type ViewRequest = Static<typeof ViewRequestSchema>;

/** The latest request, or null when there is none (or it is malformed). */
export function readViewRequest(value: unknown): ViewRequest | null {
  return Value.Check(ViewRequestSchema, value) ? value : null;
}

/** The phase a following client shows: the latest request, else the workshop's phase. */
export function followedPhase(request: ViewRequest | null, workshopPhase: PhaseId): PhaseId {
  return request?.phase ?? workshopPhase;
}
