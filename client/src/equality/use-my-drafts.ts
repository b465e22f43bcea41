import type { Draft } from '@moteplass/shared';
import { useEffect, useState } from 'react';
import { fetchMyDrafts } from './api';
import { useDraftsRefresh } from './drafts-refresh';

/**
 * The caller's own drafts of the running round, fetched from the server (so
 * they survive a reload) and kept here while one writes. Nothing of them is
 * in a shared document.
 */
export function useMyDrafts(workshopId: string, token: string, roundId: string | null) {
  const [drafts, setDrafts] = useState<{ roundId: string | null; list: Draft[] }>({
    roundId: null,
    list: [],
  });
  const refresh = useDraftsRefresh((state) => state.version);

  useEffect(() => {
    if (!roundId) return;
    const controller = new AbortController();
    fetchMyDrafts(workshopId, token, controller.signal).then(
      (reply) => setDrafts({ roundId, list: reply.roundId === roundId ? reply.drafts : [] }),
      () => {
        // Offline or refused: the panel shows what this page wrote meanwhile.
      },
    );
    return () => controller.abort();
  }, [workshopId, token, roundId, refresh]);

  const list = drafts.roundId === roundId ? drafts.list : [];
  return {
    drafts: list,
    put: (draft: Draft) =>
      setDrafts({
        roundId,
        list: list.some((d) => d.draftId === draft.draftId)
          ? list.map((d) => (d.draftId === draft.draftId ? draft : d))
          : [...list, draft],
      }),
    remove: (draftId: string) =>
      setDrafts({ roundId, list: list.filter((d) => d.draftId !== draftId) }),
  };
}
