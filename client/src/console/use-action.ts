import { errorMessageKey, isApiError, useActionRunner, type ErrorMessageKey } from '../api';

export type ActionFailure = ErrorMessageKey | 'console.conflict';

/** 409: somebody (another tab, another facilitator) changed it first. */
function consoleFailure(error: unknown): ActionFailure {
  return isApiError(error) && error.code === 'CONFLICT'
    ? 'console.conflict'
    : errorMessageKey(error);
}

/** Send workshop actions from one part of the console. */
export function useAction(workshopId: string, token: string) {
  return useActionRunner(workshopId, token, consoleFailure);
}

export type ActionRunner = ReturnType<typeof useAction>;
