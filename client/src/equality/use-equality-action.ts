import { CATALOGUES } from '@moteplass/shared';
import { errorMessageKey, isApiError, useActionRunner, type ErrorMessageKey } from '../api';

type EqualityErrorCode = keyof (typeof CATALOGUES)['nb']['equality']['errors'];
export type EqualityFailure = ErrorMessageKey | `equality.errors.${EqualityErrorCode}`;

function isEqualityCode(code: string): code is EqualityErrorCode {
  return Object.hasOwn(CATALOGUES.nb.equality.errors, code);
}

/** The message key for a failed equality action: our own words for our own codes. */
export function failureKey(error: unknown): EqualityFailure {
  if (isApiError(error) && isEqualityCode(error.code)) return `equality.errors.${error.code}`;
  return errorMessageKey(error);
}

/** Send equality actions from one control; failures in the equality catalogue's words. */
export function useEqualityAction(workshopId: string, token: string) {
  return useActionRunner(workshopId, token, failureKey);
}

export type EqualityActions = ReturnType<typeof useEqualityAction>;
