import { ROLES, type ParticipantListReply, type Presence } from '@moteplass/shared';
import { useCallback, useEffect, useState } from 'react';
import { errorMessageKey, type ErrorMessageKey } from '../api';
import { fetchParticipants } from './console-api';

/** Also ask now and then: joining without opening the board changes no count. */
const REFRESH_MS = 20_000;

const presenceKey = (presence: Presence) =>
  [presence.total, presence.facilitators, ...ROLES.map((role) => presence.byRole[role])].join();

/**
 * The facilitator's participant list, fetched again when the public counts
 * change (somebody came or went), every little while, and on demand.
 */
export function useParticipants(workshopId: string, token: string, presence: Presence) {
  const [list, setList] = useState<ParticipantListReply | null>(null);
  const [failure, setFailure] = useState<ErrorMessageKey | null>(null);
  const [asked, setAsked] = useState(0);
  const counts = presenceKey(presence);

  useEffect(() => {
    const controller = new AbortController();
    const load = () =>
      fetchParticipants(workshopId, token, controller.signal).then(
        (reply) => {
          setList(reply);
          setFailure(null);
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setFailure(errorMessageKey(error));
        },
      );
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => {
      controller.abort();
      clearInterval(timer);
    };
  }, [workshopId, token, counts, asked]);

  const refresh = useCallback(() => setAsked((n) => n + 1), []);
  return { list, failure, refresh };
}
