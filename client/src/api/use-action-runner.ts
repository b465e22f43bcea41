import type { Action, ActionType } from '@moteplass/shared';
import { useCallback, useState } from 'react';
import { postAction } from './actions';

/**
 * Send workshop actions from one control: which one is under way (to disable
 * its button) and why the last one failed, as the catalogue key `toFailure`
 * chooses for the error.
 */
export function useActionRunner<F>(
  workshopId: string,
  token: string,
  toFailure: (error: unknown) => F,
) {
  const [pending, setPending] = useState<ActionType | null>(null);
  const [failure, setFailure] = useState<F | null>(null);

  const run = useCallback(
    async (action: Action): Promise<Record<string, unknown> | null> => {
      setPending(action.type);
      setFailure(null);
      try {
        return await postAction(workshopId, token, action);
      } catch (error) {
        setFailure(toFailure(error));
        return null;
      } finally {
        setPending(null);
      }
    },
    [workshopId, token, toFailure],
  );

  return { run, pending, failure };
}
