import { PHASE_IDS, type BoardItem, type NoteItem } from '@moteplass/shared';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { useYMapItems } from '../sync';

const templateFrameIds = new Set(PHASE_IDS.map((phase) => `frame-${phase}`));

/** What the equality controls need of the board: items by id, the notes, and frames to vote in. */
export function useBoardItems(items: Y.Map<unknown>) {
  const { items: entries } = useYMapItems(items);
  return useMemo(() => {
    const byId = new Map<string, BoardItem>(entries.map(({ id, item }) => [id, item]));
    const notes = entries
      .map(({ item }) => item)
      .filter((item): item is NoteItem => item.type === 'note');
    // The template's phase frames are offered as "the phase's notes" already.
    const frames = entries.filter(
      ({ id, item }) => item.type === 'frame' && !templateFrameIds.has(id),
    );
    return { byId, notes, frames };
  }, [entries]);
}
