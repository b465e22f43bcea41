import * as Y from 'yjs';
import { BOARD_ITEMS } from '@moteplass/shared';
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
