import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeStateInParts } from './initial-state-parts.js';

/** Three people editing one board: notes, edits of each other's notes, deletions, a list. */
function busyBoard(rounds: number): Y.Doc {
  const docs = [3, 1, 2].map((id) => {
    const doc = new Y.Doc();
    doc.clientID = id * 1_000;
    return doc;
  });
  const sync = () => {
    for (const a of docs)
      for (const b of docs)
        if (a !== b) Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  };
  for (let round = 0; round < rounds; round++) {
    docs.forEach((doc, person) => {
      const items = doc.getMap<Y.Map<unknown>>('items');
      for (let i = 0; i < 20; i++) {
        const note = new Y.Map<unknown>();
        note.set('text', `note ${round}.${person}.${i}`);
        note.set('x', i);
        items.set(`${round}-${person}-${i}`, note);
      }
      // Move notes others wrote (their structs' parent is another client's item).
      for (const [id, note] of items)
        if ((id.length + round + person) % 7 === 0) note.set('x', round);
      if (round % 3 === 0) for (const id of [...items.keys()].slice(0, 5)) items.delete(id);
      doc.getArray<string>('order').push([`${round}.${person}`]);
    });
    sync();
  }
  return docs[0]!;
}

function structCount(update: Uint8Array): number {
  return Y.decodeUpdateV2(update).structs.length;
}

describe('The board in parts (JOIN-11)', () => {
  it('JOIN-11: parts applied in order each integrate completely (nothing pending) and give the same document', () => {
    const board = busyBoard(30);
    const parts = encodeStateInParts(board, 500);
    expect(parts.length).toBeGreaterThan(5);
    const joiner = new Y.Doc();
    for (const part of parts) {
      Y.applyUpdateV2(joiner, part);
      expect(joiner.store.pendingStructs).toBeNull();
      expect(joiner.store.pendingDs).toBeNull();
    }
    expect(joiner.getMap('items').toJSON()).toEqual(board.getMap('items').toJSON());
    expect(joiner.getArray('order').toJSON()).toEqual(board.getArray('order').toJSON());
    expect(Y.equalSnapshots(Y.snapshot(joiner), Y.snapshot(board))).toBe(true);
  });

  it('JOIN-11: each part holds at most the given number of structs; the deletions come last, alone', () => {
    const board = busyBoard(12);
    const parts = encodeStateInParts(board, 300);
    for (const part of parts.slice(0, -1)) {
      expect(structCount(part)).toBeLessThanOrEqual(300);
      expect(Y.decodeUpdateV2(part).ds.clients.size).toBe(0);
    }
    const last = Y.decodeUpdateV2(parts.at(-1)!);
    expect(last.structs).toHaveLength(0);
    expect(last.ds.clients.size).toBeGreaterThan(0);
  });

  it('JOIN-11: two people taking turns moving one note (a long chain across clients) still arrive in complete parts', () => {
    const [a, b] = [7, 5].map((id) => {
      const doc = new Y.Doc();
      doc.clientID = id;
      return doc;
    }) as [Y.Doc, Y.Doc];
    const note = new Y.Map<unknown>();
    a.getMap('items').set('n', note);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    for (let turn = 0; turn < 600; turn++) {
      const [mover, other] = turn % 2 === 0 ? [a, b] : [b, a];
      (mover.getMap('items').get('n') as Y.Map<unknown>).set('x', turn);
      Y.applyUpdate(other, Y.encodeStateAsUpdate(mover, Y.encodeStateVector(other)));
    }
    const parts = encodeStateInParts(a, 50);
    expect(parts.length).toBeGreaterThan(2);
    const joiner = new Y.Doc();
    for (const part of parts) {
      Y.applyUpdateV2(joiner, part);
      expect(joiner.store.pendingStructs).toBeNull();
    }
    expect(joiner.getMap('items').toJSON()).toEqual({ n: { x: 599 } });
  });

  it('JOIN-11: a board that fits in one part is one ordinary update', () => {
    const board = busyBoard(2);
    expect(encodeStateInParts(board, 100_000)).toEqual([Y.encodeStateAsUpdateV2(board)]);
  });
});
