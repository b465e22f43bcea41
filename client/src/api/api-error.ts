/**
 * A failed call to the server: the `{error: {code, message}}` body of a 4xx/5xx
 * answer, or `NETWORK` when no answer came at all.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** Catalogue keys for the messages a person sees when a call fails. */
export type ErrorMessageKey =
  | 'errors.generic'
  | 'errors.network'
  | 'errors.badRequest'
  | 'errors.workshopNotFound'
  | 'errors.invalidJoinCode'
  | 'errors.unauthorized'
  | 'errors.forbidden'
  | 'errors.tooLarge'
  | 'errors.rateLimited';

const BY_CODE: Record<string, ErrorMessageKey> = {
  NETWORK: 'errors.network',
  BAD_REQUEST: 'errors.badRequest',
  WORKSHOP_NOT_FOUND: 'errors.workshopNotFound',
  NOT_FOUND: 'errors.workshopNotFound',
  INVALID_JOIN_CODE: 'errors.invalidJoinCode',
  UNAUTHORIZED: 'errors.unauthorized',
  FORBIDDEN: 'errors.forbidden',
  PAYLOAD_TOO_LARGE: 'errors.tooLarge',
  RATE_LIMITED: 'errors.rateLimited',
};

const BY_STATUS: Record<number, ErrorMessageKey> = {
  400: 'errors.badRequest',
  401: 'errors.unauthorized',
  403: 'errors.forbidden',
  404: 'errors.workshopNotFound',
  413: 'errors.tooLarge',
  429: 'errors.rateLimited',
};

/** The translated message to show for any thrown value: never the raw server text. */
export function errorMessageKey(error: unknown): ErrorMessageKey {
  if (!isApiError(error)) return 'errors.generic';
  return BY_CODE[error.code] ?? BY_STATUS[error.status] ?? 'errors.generic';
}
