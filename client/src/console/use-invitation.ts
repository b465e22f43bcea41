import type { InvitationReply } from '@moteplass/shared';
import { useEffect, useState } from 'react';
import { errorMessageKey, type ErrorMessageKey } from '../api';
import { fetchInvitation } from './console-api';

export type InvitationState =
  | { status: 'loading' }
  | { status: 'ready'; invitation: InvitationReply }
  | { status: 'error'; error: ErrorMessageKey };

/**
 * The join code and links (facilitator only). Fetched again whenever the
 * control document says the code was rotated, so the shared screen never
 * shows a code that no longer works.
 */
export function useInvitation(
  workshopId: string,
  token: string,
  rotatedAt: number,
): InvitationState {
  const [state, setState] = useState<InvitationState>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    fetchInvitation(workshopId, token, controller.signal).then(
      (invitation) => setState({ status: 'ready', invitation }),
      (error: unknown) => {
        if (!controller.signal.aborted)
          setState({ status: 'error', error: errorMessageKey(error) });
      },
    );
    return () => controller.abort();
  }, [workshopId, token, rotatedAt]);
  return state;
}
