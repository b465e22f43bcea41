import { PHASE_IDS, type BoardItem, type NoteItem } from '@moteplass/shared';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { ballotOf, isContainer, isNote } from '../kinds';
import { useYMapItems } from '../sync';

const templateFrameIds = new Set(PHASE_IDS.map((phase) => `frame-${phase}`));

type Entries = ReturnType<typeof useYMapItems>['items'];

function derive(entries: Entries) {
  const byId = new Map<string, BoardItem>(entries.map(({ id, item }) => [id, item]));
  const notes = entries.map(({ item }) => item).filter((item): item is NoteItem => isNote(item));
  // The template's phase frames are offered as "the phase's notes" already.
  const frames = entries.filter(({ id, item }) => isContainer(item) && !templateFrameIds.has(id));
  // Cards with a ballot of their own (a poll) can be voted on by themselves.
  const polls = entries.filter(({ id, item }) => ballotOf(id, item) !== null);
  return { byId, notes, frames, polls };
}

/** One derivation per snapshot, shared by the several panels that ask (JOIN-3). */
const derived = new WeakMap<Entries, ReturnType<typeof derive>>();

/** What the equality controls need of the board: items by id, the notes, frames and polls to vote in. */
export function useBoardItems(items: Y.Map<unknown>) {
  const { items: entries } = useYMapItems(items);
  return useMemo(() => {
    let value = derived.get(entries);
    if (!value) derived.set(entries, (value = derive(entries)));
    return value;
  }, [entries]);
}
