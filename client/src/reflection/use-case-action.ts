import { CATALOGUES } from '@moteplass/shared';
import { errorMessageKey, isApiError, useActionRunner, type ErrorMessageKey } from '../api';

type CaseErrorCode = keyof (typeof CATALOGUES)['nb']['seriesUi']['errors'];
export type CaseFailure = ErrorMessageKey | `seriesUi.errors.${CaseErrorCode}`;

function isCaseCode(code: string): code is CaseErrorCode {
  return Object.hasOwn(CATALOGUES.nb.seriesUi.errors, code);
}

/** The message key for a failed reflection, impact or series call: our own words for our codes. */
export function caseFailureKey(error: unknown): CaseFailure {
  if (isApiError(error) && isCaseCode(error.code)) return `seriesUi.errors.${error.code}`;
  return errorMessageKey(error);
}

/** Send the case's actions (reflection, impact chain, measurements) from one control. */
export function useCaseAction(workshopId: string, token: string) {
  return useActionRunner(workshopId, token, caseFailureKey);
}

export type CaseActions = ReturnType<typeof useCaseAction>;
