import type { Action, ActionType } from '@moteplass/shared';
import { useCallback, useState } from 'react';
import { errorMessageKey, isApiError, type ErrorMessageKey } from '../api';
import { postAction } from './console-api';

export type ActionFailure = ErrorMessageKey | 'console.conflict';

/**
 * Send workshop actions from one part of the console: which one is under
 * way (to disable its button) and why the last one failed, as a catalogue key.
 */
export function useAction(workshopId: string, token: string) {
  const [pending, setPending] = useState<ActionType | null>(null);
  const [failure, setFailure] = useState<ActionFailure | null>(null);

  const run = useCallback(
    async (action: Action): Promise<Record<string, unknown> | null> => {
      setPending(action.type);
      setFailure(null);
      try {
        return await postAction(workshopId, token, action);
      } catch (error) {
        // 409: somebody (another tab, another facilitator) changed it first.
        setFailure(
          isApiError(error) && error.code === 'CONFLICT'
            ? 'console.conflict'
            : errorMessageKey(error),
        );
        return null;
      } finally {
        setPending(null);
      }
    },
    [workshopId, token],
  );

  return { run, pending, failure };
}

export type ActionRunner = ReturnType<typeof useAction>;
