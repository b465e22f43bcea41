import { ERROR_STATUS, type ErrorCode } from '@moteplass/shared';

/** An error with a contract error code; the error handler turns it into `{error: {code, message}}`. */
export class AppError extends Error {
  readonly statusCode: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
    this.statusCode = ERROR_STATUS[code];
  }
}
