import * as Y from 'yjs';
import { BOARD_ITEMS } from '@moteplass/shared';
import type { VoteRecord } from '../parts/equality.js';
import type { ParticipantRecord, WorkshopRecord } from '../parts/workshops.js';

/** Records for the storage tests; each call gives fresh ids and join codes. */
let counter = 0;

export function sampleWorkshop(overrides: Partial<WorkshopRecord> = {}): WorkshopRecord {
  counter += 1;
  return {
    id: `workshop-${counter}`,
    title: `Verksted ${counter}`,
    caseDescription: 'Hvordan kan biblioteket bli en møteplass for flere?',
    language: 'nb',
    joinCode: `CODE${counter}`,
    facilitatorKeyHash: 'a'.repeat(64),
    createdAt: 1_700_000_000_000 + counter,
    lastActivityAt: 1_700_000_000_000 + counter,
    ...overrides,
  };
}

export function sampleParticipant(
  workshopId: string,
  overrides: Partial<ParticipantRecord> = {},
): ParticipantRecord {
  counter += 1;
  return {
    id: `participant-${counter}`,
    workshopId,
    name: `Deltaker ${counter}`,
    role: 'innbygger',
    facilitator: false,
    createdAt: 1_700_000_000_000 + counter,
    revoked: false,
    ...overrides,
  };
}

/** A board document that records every update it emits, as a room would relay them. */
export function recordingBoard(): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return { doc, updates };
}

/** Adds a note with `text` to the board's item map, as one update. */
export function addNote(doc: Y.Doc, id: string, text: string): void {
  doc.transact(() => {
    const note = new Y.Map<unknown>();
    note.set('type', 'note');
    note.set('text', text);
    note.set('color', 'yellow');
    note.set('x', 0);
    note.set('y', 0);
    doc.getMap(BOARD_ITEMS).set(id, note);
  });
}

/** A fresh document built from what storage returned, as a room does on load. */
export function restoreDoc(snapshot: Uint8Array | null, updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  if (snapshot) Y.applyUpdate(doc, snapshot);
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

/**
 * Votes as stored before the scope had columns of its own (SQLite 007,
 * PostgreSQL 005): the scope marked in frame_id. One row per kind of mark,
 * opened in this order, as an SQL VALUES list for workshop 'w1'.
 */
export const OLD_VOTE_ROWS = [
  `('phase', 'w1', 3, 'explore', NULL, 0, 1, 2)`,
  `('frame', 'w1', 3, NULL, 'frame-1', 0, 2, 3)`,
  `('poll', 'w1', 1, 'design', 'poll:poll-1', 0, 3, 4)`,
  `('group', 'w1', 3, NULL, 'group:g-A_1:frame-g', 0, 4, 5)`,
  `('group-no-frame', 'w1', 3, NULL, 'group:g-B', 0, 5, 6)`,
  `('all-groups', 'w1', 3, 'design', 'groups:', 0, 6, 7)`,
].join(', ');

/** What the migration makes of OLD_VOTE_ROWS, as `voteScope` reads it. */
export const UNPACKED_SCOPES = [
  { id: 'phase', phase: 'explore', frameId: null, pollId: null, groupId: null, allGroups: false },
  { id: 'frame', phase: null, frameId: 'frame-1', pollId: null, groupId: null, allGroups: false },
  { id: 'poll', phase: 'design', frameId: null, pollId: 'poll-1', groupId: null, allGroups: false },
  {
    id: 'group',
    phase: null,
    frameId: 'frame-g',
    pollId: null,
    groupId: 'g-A_1',
    allGroups: false,
  },
  {
    id: 'group-no-frame',
    phase: null,
    frameId: null,
    pollId: null,
    groupId: 'g-B',
    allGroups: false,
  },
  {
    id: 'all-groups',
    phase: 'design',
    frameId: null,
    pollId: null,
    groupId: null,
    allGroups: true,
  },
];

/** A vote record's scope fields. */
export const voteScope = ({ id, phase, frameId, pollId, groupId, allGroups }: VoteRecord) => ({
  id,
  phase,
  frameId,
  pollId,
  groupId,
  allGroups,
});
