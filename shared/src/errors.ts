/**
 * Error codes of the HTTP API and their status. Every error answer has the
 * shape `{ error: { code, message } }` (CONTRACT.md).
 */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  INVALID_JOIN_CODE: 400,
  UNKNOWN_ACTION: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  WORKSHOP_NOT_FOUND: 404,
  CONFLICT: 409,
  // Equality controls (issue 5); see docs/api.md.
  PARTICIPANT_NOT_FOUND: 404,
  DRAFT_NOT_FOUND: 404,
  OWN_NOTE_VOTE_FORBIDDEN: 403,
  NO_CURRENT_TURN: 409,
  NOT_YOUR_TURN: 409,
  NO_ROUND: 409,
  NOBODY_PRESENT: 409,
  ANONYMOUS_INPUT_OFF: 409,
  BOARD_LOCKED: 409,
  NO_SILENT_WRITING: 409,
  SILENT_WRITING_ACTIVE: 409,
  WRONG_PHASE: 409,
  TOO_MANY_DRAFTS: 409,
  NO_OPEN_VOTE: 409,
  VOTE_ALREADY_OPEN: 409,
  ITEM_NOT_VOTABLE: 409,
  VOTE_BUDGET_EXHAUSTED: 409,
  NO_DOT_TO_RETRACT: 409,
  // Process reflection, impact chain, series (issue 18); see docs/series.md.
  REFLECTION_ALREADY_OPEN: 409,
  NO_OPEN_REFLECTION: 409,
  UNKNOWN_REFLECTION_FIELD: 400,
  INDICATOR_NOT_FOUND: 404,
  MEASUREMENT_NOT_FOUND: 404,
  TOO_MANY_MEASUREMENTS: 409,
  SERIES_KEY_REQUIRED: 403,
  SERIES_KEY_INVALID: 403,
  // The agenda of a methods-library session (issue 19); see docs/methods.md.
  UNKNOWN_METHOD: 400,
  NO_AGENDA: 409,
  AGENDA_RUNNING: 409,
  NO_NEXT_STEP: 409,
  // Breakout groups (issue 19); see docs/breakout.md.
  NO_BREAKOUT: 409,
  BREAKOUT_RUNNING: 409,
  GROUP_NOT_FOUND: 404,
  NOT_IN_GROUP: 403,
  // People pick their group (mix "choose"); see docs/breakout.md.
  GROUP_FULL: 409,
  CHOICE_CLOSED: 409,
  // Board images; see docs/api.md.
  IMAGE_NOT_FOUND: 404,
  IMAGE_QUOTA_EXCEEDED: 413,
  IMAGE_TOO_MANY_PIXELS: 413,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  // Wrong join codes; see docs/configuration.md, "Limits at the edge".
  TOO_MANY_JOIN_ATTEMPTS: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ApiErrorBody {
  error: { code: ErrorCode; message: string };
}

/** WebSocket close codes the server uses, with the reason sent alongside. */
export const CLOSE_CODES = {
  /** RFC 6455: a frame larger than MAX_FRAME_BYTES. */
  TOO_LARGE: 1009,
  /** RFC 6455: a frame that is not a valid y-websocket message. */
  PROTOCOL_ERROR: 1002,
  /** Server going away (shutdown). */
  GOING_AWAY: 1001,
  /** Invalid or revoked token (mirrors HTTP 401). */
  UNAUTHORIZED: 4401,
  /** Token valid but not for this room (mirrors HTTP 403). */
  FORBIDDEN: 4403,
  /** The workshop was deleted (mirrors HTTP 404). */
  NOT_FOUND: 4404,
  /** Too many connections or messages (mirrors HTTP 429). */
  RATE_LIMITED: 4429,
} as const;
