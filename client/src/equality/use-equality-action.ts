import { CATALOGUES, type Action, type ActionType } from '@moteplass/shared';
import { useCallback, useState } from 'react';
import { errorMessageKey, isApiError, type ErrorMessageKey } from '../api';
import { postAction } from './api';

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

/**
 * Send equality actions from one control: which one is under way and why the
 * last one failed (a catalogue key, said next to the control).
 */
export function useEqualityAction(workshopId: string, token: string) {
  const [pending, setPending] = useState<ActionType | null>(null);
  const [failure, setFailure] = useState<EqualityFailure | null>(null);

  const run = useCallback(
    async (action: Action): Promise<Record<string, unknown> | null> => {
      setPending(action.type);
      setFailure(null);
      try {
        return await postAction(workshopId, token, action);
      } catch (error) {
        setFailure(failureKey(error));
        return null;
      } finally {
        setPending(null);
      }
    },
    [workshopId, token],
  );

  return { run, pending, failure };
}

export type EqualityActions = ReturnType<typeof useEqualityAction>;
