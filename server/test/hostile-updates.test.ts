import { CLOSE_CODES, type CreateWorkshopReply } from '@moteplass/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  cleanup,
  connect,
  createWorkshop,
  joinAsFacilitator,
  postAction,
  startServer,
  waitFor,
  type TestServer,
} from './helper.js';
import {
  addItem,
  craft,
  deepItem,
  honestParticipant,
  hostileParticipant,
  items,
  noteFields,
} from './hostile-helper.js';

/**
 * Issue #16, findings 1, 2, 3 and 5, and #15's silent-writing bypass, each
 * written as the attack: a participant with a hand-made Yjs update on a real
 * socket of a real server, while an honest participant keeps editing.
 */

let server: TestServer;
let workshop: CreateWorkshopReply;
let facilitatorToken: string;
let edits = 0;

beforeEach(async () => {
  server = await startServer();
  workshop = await createWorkshop(server.url);
  facilitatorToken = (await joinAsFacilitator(server.url, workshop)).token;
});
afterEach(cleanup);

const act = (token: string, action: Record<string, unknown>) =>
  postAction(server.url, workshop.id, token, action);

/** Alice's edit reaches Bob through the server: the room still stores and relays. */
async function roomStillWorks(
  alice: { doc: Y.Doc; participantId: string },
  bob: { doc: Y.Doc },
): Promise<void> {
  const id = `honest-${++edits}`;
  addItem(alice.doc, id, noteFields(`Fortsatt her ${edits}`, { author: alice.participantId }));
  await waitFor(() => items(bob.doc).get(id)?.get('text') === `Fortsatt her ${edits}`);
}

/** What a fresh client gets from the server (storage, through the room). */
async function freshBoard(): Promise<Y.Doc> {
  const { token } = await joinAsFacilitator(server.url, workshop);
  return (await connect(server.wsUrl, workshop.id, 'board', token)).doc;
}

async function boardRoom() {
  return server.app.rooms.get(workshop.id, 'board');
}

describe('BOARD-1: an update is held to the board’s shape before it is applied', () => {
  it('BOARD-1: refuses an item nested 5,000 maps deep; nothing stored or relayed; exports, votes and reveals still work', async () => {
    const alice = await honestParticipant(server, workshop);
    const bob = await honestParticipant(server, workshop);
    const hostile = await hostileParticipant(server, workshop);

    hostile.send(craft(alice.doc, (doc) => deepItem(doc, 'deep', 5_000)));
    const closed = await hostile.raw.closed;
    expect(closed.code).toBe(CLOSE_CODES.PROTOCOL_ERROR);
    expect(closed.reason).toBe('nested deeper than a board item');

    await roomStillWorks(alice, bob);
    expect(items(bob.doc).has('deep')).toBe(false);
    expect(items(await freshBoard()).has('deep')).toBe(false);
    const exported = await fetch(`${server.url}/api/workshops/${workshop.id}/export.json`, {
      headers: { authorization: `Bearer ${facilitatorToken}` },
    });
    expect(exported.status).toBe(200);
    expect((await act(facilitatorToken, { type: 'startVote', dotsPerParticipant: 2 })).status).toBe(
      200,
    );
  });

  it.each([
    ['a text type', (doc: Y.Doc) => addItem(doc, 'x', { type: 'note', text: new Y.Text('hei') })],
    ['an array at the root', (doc: Y.Doc) => doc.getArray('other').push([1])],
    ['a value that is not a map', (doc: Y.Doc) => items(doc).set('x', 'plain' as never)],
    ['a field the item schema lacks', (doc: Y.Doc) => addItem(doc, 'x', { evil: 1 })],
    [
      'a string past the text limit',
      (doc: Y.Doc) => addItem(doc, 'x', noteFields('å'.repeat(2_001))),
    ],
    ['an object value', (doc: Y.Doc) => addItem(doc, 'x', { text: { nested: { deeper: 1 } } })],
    ['a formatting mark', (doc: Y.Doc) => doc.getText('t').insert(0, 'a', { bold: true })],
  ])('BOARD-1, BOARD-3: refuses %s and closes only its sender', async (_what, change) => {
    const alice = await honestParticipant(server, workshop);
    const bob = await honestParticipant(server, workshop);
    const hostile = await hostileParticipant(server, workshop);
    hostile.send(craft(alice.doc, change));
    expect((await hostile.raw.closed).code).toBe(CLOSE_CODES.PROTOCOL_ERROR);
    await roomStillWorks(alice, bob);
    expect(items(bob.doc).has('x')).toBe(false);
  });
});

describe('BOARD-2: nothing pending crosses a rule change', () => {
  it('BOARD-2: an update that waits for the facilitator’s next struct is dropped, not integrated during the lock', async () => {
    const { token, participantId } = await joinAsFacilitator(server.url, workshop);
    const facilitator = await connect(server.wsUrl, workshop.id, 'board', token);
    const alice = await honestParticipant(server, workshop);
    const hostile = await hostileParticipant(server, workshop);
    const fields = noteFields('Fasilitatorens lapp', { author: participantId });

    // The attacker predicts the facilitator's next edit (same client id, same
    // clock) and writes into it before it exists.
    const predicted = new Y.Doc();
    predicted.clientID = facilitator.doc.clientID;
    Y.applyUpdate(predicted, Y.encodeStateAsUpdate(facilitator.doc));
    addItem(predicted, 'fac-next', fields);
    hostile.send(
      craft(predicted, (doc) => items(doc).get('fac-next')!.set('text', 'Overtatt!'), 4242),
    );
    // Answered with a resync request (sync step 1), and the socket stays.
    const greeted = hostile.raw.received.length;
    await waitFor(() => hostile.raw.received.length > greeted, 5000, 'a resync request');
    expect((await boardRoom()).doc.store.pendingStructs).toBeNull();

    expect((await act(facilitatorToken, { type: 'lockBoard' })).status).toBe(200);
    addItem(facilitator.doc, 'fac-next', fields);
    await waitFor(() => items(alice.doc).get('fac-next')?.get('text') === 'Fasilitatorens lapp');
    await roomStillWorks({ doc: facilitator.doc, participantId }, alice);
    expect(items(alice.doc).get('fac-next')!.get('text')).toBe('Fasilitatorens lapp');
    expect(
      items(await freshBoard())
        .get('fac-next')!
        .get('text'),
    ).toBe('Fasilitatorens lapp');
  });

  it('BOARD-2: a stream of updates that never resolve is kept nowhere and stalls nobody', async () => {
    const alice = await honestParticipant(server, workshop);
    const bob = await honestParticipant(server, workshop);
    const hostile = await hostileParticipant(server, workshop);
    const ghost = new Y.Doc();
    ghost.clientID = 999_999;
    addItem(ghost, 'ghost', noteFields('aldri'));
    for (let i = 0; i < 300; i++) {
      // Each depends on the ghost's structs, which never arrive.
      hostile.send(
        craft(ghost, (doc) => items(doc).get('ghost')!.set('text', `spøk ${i}`), 5000 + i),
      );
    }
    await roomStillWorks(alice, bob);
    const room = await boardRoom();
    expect(room.doc.store.pendingStructs).toBeNull();
    expect(room.doc.store.pendingDs).toBeNull();
    expect(items(bob.doc).has('ghost')).toBe(false);
  });
});

describe('BOARD-4: authorship is the server’s', () => {
  it('BOARD-4: relabelling another’s note or deleting one’s own author is refused, and the own-note rule holds', async () => {
    const alice = await honestParticipant(server, workshop);
    const bob = await honestParticipant(server, workshop);
    const hostile = await hostileParticipant(server, workshop);
    addItem(alice.doc, 'alices', noteFields('Alices lapp', { author: alice.participantId }));
    await waitFor(() => items(bob.doc).has('alices'));

    hostile.send(craft(alice.doc, (doc) => items(doc).get('alices')!.set('author', 'someone')));
    expect((await hostile.raw.closed).reason).toBe('the author of an item cannot change');

    const second = await hostileParticipant(server, workshop);
    const own = noteFields('Min egen', { author: second.participantId });
    const ownNote = craft(alice.doc, (doc) => addItem(doc, 'own', own));
    second.send(ownNote);
    await waitFor(() => items(bob.doc).has('own'));
    const withOwn = new Y.Doc();
    Y.applyUpdate(withOwn, Y.encodeStateAsUpdate(alice.doc));
    Y.applyUpdate(withOwn, ownNote);
    second.send(craft(withOwn, (doc) => items(doc).get('own')!.delete('author')));
    expect((await second.raw.closed).reason).toBe('the author of an item cannot change');
    expect(items(bob.doc).get('own')!.get('author')).toBe(second.participantId);

    const third = await hostileParticipant(server, workshop);
    third.send(
      craft(alice.doc, (doc) =>
        addItem(doc, 'forged', noteFields('x', { author: alice.participantId })),
      ),
    );
    expect((await third.raw.closed).reason).toBe(
      'an item’s author must be the participant who creates it',
    );

    await act(facilitatorToken, { type: 'startVote', dotsPerParticipant: 2, forbidOwnNotes: true });
    const cast = await act(second.token, { type: 'castVote', itemId: 'own' });
    expect(cast.body).toMatchObject({ error: { code: 'OWN_NOTE_VOTE_FORBIDDEN' } });
  });

  it('BOARD-4: a note made without an author still counts as its creator’s', async () => {
    const alice = await honestParticipant(server, workshop);
    const bob = await honestParticipant(server, workshop);
    addItem(alice.doc, 'authorless', noteFields('Uten forfatter'));
    await waitFor(() => items(bob.doc).has('authorless'));
    await act(facilitatorToken, { type: 'startVote', dotsPerParticipant: 2, forbidOwnNotes: true });
    const cast = await act(alice.token, { type: 'castVote', itemId: 'authorless' });
    expect(cast.body).toMatchObject({ error: { code: 'OWN_NOTE_VOTE_FORBIDDEN' } });
    expect((await act(bob.token, { type: 'castVote', itemId: 'authorless' })).status).toBe(200);
  });
});

describe('SILENT-1: silent writing holds on raw board updates', () => {
  it('SILENT-1: a participant’s new note in the silent phase is not relayed or stored; the facilitator’s is', async () => {
    const { token, participantId } = await joinAsFacilitator(server.url, workshop);
    const facilitator = await connect(server.wsUrl, workshop.id, 'board', token);
    const alice = await honestParticipant(server, workshop);
    const bob = await honestParticipant(server, workshop);
    const started = await act(facilitatorToken, {
      type: 'startSilentWriting',
      phase: 'explore',
      reveal: 'anonymous',
    });
    expect(started.status).toBe(200);

    addItem(alice.doc, 'early', noteFields('Før avsløringen', { author: alice.participantId }));
    const hostile = await hostileParticipant(server, workshop);
    hostile.send(
      craft(alice.doc, (doc) =>
        addItem(doc, 'raw', noteFields('Rå oppdatering', { author: hostile.participantId })),
      ),
    );
    addItem(facilitator.doc, 'facs', noteFields('Fasilitator', { author: participantId }));
    await waitFor(() => items(bob.doc).has('facs'));
    // Other phases stay open to everyone.
    addItem(
      bob.doc,
      'design',
      noteFields('Design', { phase: 'design', author: bob.participantId }),
    );
    await waitFor(() => items(facilitator.doc).has('design'));

    expect(items(bob.doc).has('early')).toBe(false);
    expect(items(bob.doc).has('raw')).toBe(false);
    const stored = await freshBoard();
    expect(items(stored).has('early')).toBe(false);
    expect(items(stored).has('raw')).toBe(false);
  });
});
