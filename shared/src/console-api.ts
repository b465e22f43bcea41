import { Type, type Static } from '@sinclair/typebox';
import { RoleSchema } from './board/items.js';
import { PresenceSchema } from './control/presence.js';

/**
 * Replies of the endpoints behind the facilitator's console and the shared
 * screen (docs/api.md). The facilitator sees names; the control document,
 * which everybody receives, only ever holds counts.
 */

export const ParticipantSummary = Type.Object({
  id: Type.String(),
  /** The name or pseudonym given when joining; null when none was. */
  name: Type.Union([Type.String(), Type.Null()]),
  role: Type.Union([RoleSchema, Type.Null()]),
  facilitator: Type.Boolean(),
  /** Has the board open right now (on this server). */
  connected: Type.Boolean(),
  /** When the session was created, ms since the epoch. */
  joinedAt: Type.Number(),
});
export type ParticipantSummary = Static<typeof ParticipantSummary>;

/** `GET /api/workshops/:id/participants` (facilitator). Removed participants are left out. */
export const ParticipantListReply = Type.Object({
  participants: Type.Array(ParticipantSummary),
  presence: PresenceSchema,
});
export type ParticipantListReply = Static<typeof ParticipantListReply>;

/** `GET /api/workshops/:id/invitation` (facilitator): what the shared screen shows. */
export const InvitationReply = Type.Object({
  joinCode: Type.String(),
  /** The link with the code in it; what the QR code holds. */
  participantUrl: Type.String(),
  /** The short address to type the code into (`<base>/join`). */
  joinUrl: Type.String(),
});
export type InvitationReply = Static<typeof InvitationReply>;

/** `GET /api/time`: the server's clock, so every countdown agrees with the server's. */
export const ServerTimeReply = Type.Object({ now: Type.Number() });
export type ServerTimeReply = Static<typeof ServerTimeReply>;
