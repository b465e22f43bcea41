import { ERROR_STATUS, type ErrorCode } from '@moteplass/shared';

/** An error with a contract error code; the error handler turns it into `{error: {code, message}}`. */
export class AppError extends Error {
  readonly statusCode: number;
  /** Sent as `Retry-After` (seconds) with a 429: when trying again can work. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: { retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.statusCode = ERROR_STATUS[code];
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}
