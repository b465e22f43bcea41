import * as Y from 'yjs';

/**
 * The board document as the benchmark writes it (CONTRACT.md, "Document
 * layout"): root Y.Map `items`, one Y.Map per note.
 */

export const ITEMS = 'items';
/**
 * The stamp rides in fields the item schema has (the server refuses unknown
 * fields, BOARD-1): `seq` in the stacking order `z`, `sentAt` in `createdAt`.
 */
const SEQ = 'z';
const SENT_AT = 'createdAt';
const COLORS = ['yellow', 'pink', 'blue', 'green'] as const;

export interface NoteStamp {
  seq: number;
  sentAt: number;
}

/** Create a note with every field a real client would set, stamped with `seq` 0. */
export function createNote(doc: Y.Doc, key: string, index: number, stamp: NoteStamp): void {
  const note = new Y.Map<unknown>();
  note.set('type', 'note');
  note.set('x', (index % 40) * 220);
  note.set('y', Math.floor(index / 40) * 220);
  note.set('w', 200);
  note.set('h', 200);
  note.set('phase', 'explore');
  note.set(
    'text',
    `Idé nr. ${index + 1}: flere benker langs turstien og bedre belysning om vinteren`,
  );
  note.set('color', COLORS[index % COLORS.length]);
  note.set('anonymous', true);
  note.set(SEQ, stamp.seq);
  note.set(SENT_AT, stamp.sentAt);
  doc.getMap(ITEMS).set(key, note);
}

/** Move a note (one drag step) and stamp it, in one transaction. */
export function moveNote(doc: Y.Doc, key: string, stamp: NoteStamp): void {
  const note = doc.getMap<Y.Map<unknown>>(ITEMS).get(key);
  if (!note) throw new Error(`note ${key} does not exist`);
  doc.transact(() => {
    note.set('x', Math.round(Math.random() * 8000));
    note.set('y', Math.round(Math.random() * 4000));
    note.set(SEQ, stamp.seq);
    note.set(SENT_AT, stamp.sentAt);
  });
}

/** The `seq` of a note as this doc has it, or -1. */
export function noteSeq(doc: Y.Doc, key: string): number {
  const seq = doc.getMap<Y.Map<unknown>>(ITEMS).get(key)?.get(SEQ);
  return typeof seq === 'number' ? seq : -1;
}

/** Same state vector and same `items` content: the two docs have converged. */
export function sameBoard(a: Y.Doc, b: Y.Doc): boolean {
  return boardDifference(a, b) === null;
}

/** Why `actual` has not converged to `expected`, in a few words; null when it has. */
export function boardDifference(actual: Y.Doc, expected: Y.Doc): string | null {
  const itemsA = actual.getMap<Y.Map<unknown>>(ITEMS);
  const itemsB = expected.getMap<Y.Map<unknown>>(ITEMS);
  const missing = [...itemsB.keys()].filter((key) => !itemsA.has(key));
  const extra = [...itemsA.keys()].filter((key) => !itemsB.has(key));
  const differing = [...itemsB.keys()].filter(
    (key) =>
      itemsA.has(key) &&
      stableJson(itemsA.get(key)?.toJSON()) !== stableJson(itemsB.get(key)?.toJSON()),
  );
  const problems: string[] = [];
  if (missing.length > 0) problems.push(`${missing.length} notes missing`);
  if (extra.length > 0) problems.push(`${extra.length} unexpected items (e.g. ${extra[0]})`);
  if (differing.length > 0)
    problems.push(`${differing.length} notes differ (e.g. ${differing[0]})`);
  const svA = Y.decodeStateVector(Y.encodeStateVector(actual));
  const svB = Y.decodeStateVector(Y.encodeStateVector(expected));
  const behind = [...svB].filter(([client, clock]) => (svA.get(client) ?? 0) < clock).length;
  const unknown = [...svA.keys()].filter((client) => !svB.has(client)).length;
  if (behind > 0) problems.push(`behind on ${behind} clients`);
  if (unknown > 0) problems.push(`changes from ${unknown} clients no test client made`);
  const otherRoots = [...actual.share.keys()].filter((name) => name !== ITEMS);
  if (otherRoots.length > 0) problems.push(`other roots: ${otherRoots.join(', ')}`);
  return problems.length > 0 ? problems.join('; ') : null;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
