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
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
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
