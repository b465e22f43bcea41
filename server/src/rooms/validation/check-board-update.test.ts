import { BOARD_ITEMS } from '@moteplass/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Authorship } from './authorship.js';
import { checkBoardUpdate, type UpdateSender } from './check-board-update.js';

/**
 * The board-update check against what honest clients really write (the
 * canvas and list edits, undo and redo of someone else's deletion) and what
 * they never write. A refusal closes the sender, so an honest write refused
 * here would lock a person out: these are the cases that must pass.
 */

const ALICE = 'alice-id';
const BOB = 'bob-id';
const CARL = 'carl-id';

function note(author: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'note',
    x: 1,
    y: 2,
    w: 200,
    h: 200,
    phase: 'explore',
    text: 'hei',
    color: 'yellow',
    author,
    v: 1,
    z: 1,
    createdAt: 5,
    ...extra,
  };
}

/** A server doc and a client synced with it; `send` checks and applies the client's changes. */
function setup() {
  const server = new Y.Doc();
  let authorship = new Authorship(server);
  const clients = new Map<string, Y.Doc>();
  const client = (participantId: string): Y.Doc => {
    let doc = clients.get(participantId);
    if (!doc) {
      doc = new Y.Doc();
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
      clients.set(participantId, doc);
    }
    return doc;
  };
  const send = (
    participantId: string,
    change: (items: Y.Map<unknown>, doc: Y.Doc) => void,
    rules: Partial<UpdateSender> = {},
  ) => {
    const doc = client(participantId);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
    const before = Y.encodeStateVector(doc);
    change(doc.getMap(BOARD_ITEMS), doc);
    const update = Y.encodeStateAsUpdate(doc, before);
    const verdict = checkBoardUpdate(server, update, {
      participantId,
      facilitator: false,
      silentPhase: null,
      knownAuthor: (id) => authorship.authorOf(id),
      ...rules,
    });
    if (verdict.kind === 'accept') {
      Y.applyUpdate(server, update);
      authorship.record(verdict.created);
    }
    return verdict;
  };
  /** The server restarted: its record of who created what is rebuilt from the document. */
  const restart = () => {
    authorship = new Authorship(server);
  };
  return { server, send, client, restart };
}

const create = (id: string, fields: object) => (items: Y.Map<unknown>) =>
  items.set(id, new Y.Map<unknown>(Object.entries(fields)));

describe('checkBoardUpdate: what honest clients write passes', () => {
  it('BOARD-1: creating, moving, resizing, recolouring, retexting and deleting items', () => {
    const { send } = setup();
    expect(send(ALICE, create('n1', note(ALICE)))).toEqual({
      kind: 'accept',
      created: [{ itemId: 'n1', author: ALICE }],
    });
    expect(
      send(ALICE, create('d1', { ...note(ALICE), type: 'drawing', points: [0, 0, 10, 10.5] })).kind,
    ).toBe('accept');
    expect(send(BOB, (items) => (items.get('n1') as Y.Map<unknown>).set('x', 40)).kind).toBe(
      'accept',
    );
    expect(send(BOB, (items) => (items.get('n1') as Y.Map<unknown>).set('text', 'ny')).kind).toBe(
      'accept',
    );
    expect(
      send(BOB, (items) => (items.get('d1') as Y.Map<unknown>).set('points', [1, 2])).kind,
    ).toBe('accept');
    expect(
      send(BOB, (items) => (items.get('n1') as Y.Map<unknown>).set('phase', 'design')).kind,
    ).toBe('accept');
    expect(send(BOB, (items) => items.delete('n1')).kind).toBe('accept');
    expect(send(ALICE, create('n2', { ...note(ALICE), author: undefined })).kind).toBe('accept');
  });

  it('BOARD-4: undo and redo of deleting someone else’s note bring back their authorship', () => {
    const { send, client } = setup();
    send(ALICE, create('n1', note(ALICE)));
    const bob = client(BOB);
    const origin = { canvas: true };
    const undo = new Y.UndoManager(bob.getMap(BOARD_ITEMS), { trackedOrigins: new Set([origin]) });
    expect(send(BOB, (items, doc) => doc.transact(() => items.delete('n1'), origin)).kind).toBe(
      'accept',
    );
    expect(send(BOB, () => undo.undo()).kind).toBe('accept');
    expect(send(BOB, () => undo.redo()).kind).toBe('accept');
    expect(send(BOB, () => undo.undo()).kind).toBe('accept');
  });

  it('BOARD-4: an undone deletion after a server restart still passes (the old id held an item)', () => {
    const { send, client, restart } = setup();
    send(ALICE, create('n1', note(ALICE)));
    const bob = client(BOB);
    const origin = { canvas: true };
    const undo = new Y.UndoManager(bob.getMap(BOARD_ITEMS), { trackedOrigins: new Set([origin]) });
    send(BOB, (items, doc) => doc.transact(() => items.delete('n1'), origin));
    restart();
    expect(send(BOB, () => undo.undo()).kind).toBe('accept');
    // A fresh id never held anything: claiming another's authorship there is refused.
    expect(send(BOB, create('n9', note(ALICE))).kind).toBe('refuse');
  });

  it('BOARD-2: an update whose dependencies are missing is dropped, not refused', () => {
    const { send, client, server } = setup();
    const alice = client(ALICE);
    alice.getMap(BOARD_ITEMS).set('n1', new Y.Map<unknown>(Object.entries(note(ALICE))));
    // The server never got that; the next edit depends on it.
    expect(send(ALICE, (items) => (items.get('n1') as Y.Map<unknown>).set('x', 9))).toEqual({
      kind: 'drop',
      reason: 'missing-dependencies',
    });
    expect(server.store.pendingStructs).toBeNull();
  });
});

describe('checkBoardUpdate: what no honest client writes is refused', () => {
  it.each([
    [
      'a nested map',
      create('n', { ...note(ALICE), text: new Y.Map() }),
      'nested deeper than a board item',
    ],
    [
      'an array type',
      create('n', { ...note(ALICE), points: new Y.Array() }),
      'nested deeper than a board item',
    ],
    [
      'a text type at the root',
      (_: Y.Map<unknown>, doc: Y.Doc) => doc.getText('t').insert(0, 'x'),
      'the board has no such root',
    ],
    ['a scalar item', (items: Y.Map<unknown>) => items.set('n', 1), 'board items are maps'],
    ['an unknown field', create('n', { ...note(ALICE), evil: true }), 'unknown item field'],
    ['a number as text', create('n', { ...note(ALICE), text: 5 }), 'field text must be text'],
    [
      'points that are not numbers',
      create('n', { ...note(ALICE), points: ['a'] }),
      'field points must be a list of numbers',
    ],
    [
      'another author',
      create('n', note(BOB)),
      'an item’s author must be the participant who creates it',
    ],
  ])('BOARD-1: %s', (_what, change, reason) => {
    const { send } = setup();
    expect(send(ALICE, change)).toEqual({ kind: 'refuse', reason });
  });

  it('BOARD-4: changing or deleting an author; a whole item may go', () => {
    const { send } = setup();
    send(ALICE, create('n1', note(ALICE)));
    const reason = 'the author of an item cannot change';
    expect(send(BOB, (items) => (items.get('n1') as Y.Map<unknown>).set('author', BOB))).toEqual({
      kind: 'refuse',
      reason,
    });
    expect(send(ALICE, (items) => (items.get('n1') as Y.Map<unknown>).delete('author'))).toEqual({
      kind: 'refuse',
      reason,
    });
    expect(send(ALICE, (items) => items.delete('n1')).kind).toBe('accept');
  });

  it('SILENT-1: a participant’s new note in the silent phase waits; other phases and the facilitator pass', () => {
    const { send } = setup();
    const silent = { silentPhase: 'explore' };
    expect(send(ALICE, create('n1', note(ALICE)), silent)).toEqual({
      kind: 'drop',
      reason: 'silent-writing',
    });
    // Alice's client now holds a note the server does not: her next edits miss it (BOARD-2).
    expect(send(CARL, create('n2', note(CARL, { phase: 'design' })), silent).kind).toBe('accept');
    expect(
      send(CARL, (items) => (items.get('n2') as Y.Map<unknown>).set('phase', 'explore'), silent),
    ).toEqual({ kind: 'drop', reason: 'silent-writing' });
    expect(send(BOB, create('n3', note(BOB)), { ...silent, facilitator: true }).kind).toBe(
      'accept',
    );
  });
});
