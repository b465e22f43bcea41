import { randomBytes } from 'node:crypto';
import {
  CONTROL_ROOT,
  PRESENCE_KEY,
  SPEAKING_KEY,
  readPresence,
  readSpeaking,
  type CreateWorkshopReply,
  type SessionReply,
} from '@moteplass/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import * as Y from 'yjs';
import {
  addNote,
  cleanup,
  connect,
  createWorkshop,
  joinAsFacilitator,
  joinAsParticipant,
  onCleanup,
  openRawSocket,
  postAction,
  startServer,
  waitFor,
  type TestServer,
} from '../../test/helper.js';
import { dropRedisKeys, freshPrefix, redisUrl, sharedDatabase } from './testing.js';

/**
 * Two instances of the whole server on one database and one Redis, a
 * participant on each: what one does, the other sees (CONTRACT.md "Several
 * instances"). Runs against the real Redis (TEST_REDIS_URL) and, when
 * TEST_DATABASE_URL is set, PostgreSQL; otherwise one MemoryStorage shared
 * in-process stands in for the database.
 */
if (!redisUrl) console.warn('Two-instance tests skipped: set TEST_REDIS_URL (.ci/run does)');
const describeWithRedis = redisUrl ? describe : describe.skip;

afterEach(cleanup);

async function twoInstances() {
  const prefix = freshPrefix();
  const database = sharedDatabase();
  onCleanup(() => database.drop());
  onCleanup(() => dropRedisKeys(prefix));
  const sessionSecret = randomBytes(32);
  const start = async (instanceId: string): Promise<TestServer> =>
    startServer({
      storage: await database.open(),
      sessionSecret,
      cluster: { redisUrl: redisUrl!, instanceId, keyPrefix: prefix },
    });
  const run = randomBytes(4).toString('hex');
  const a = await start(`a-${run}`);
  const b = await start(`b-${run}`);
  const workshop = await createWorkshop(a.url, { title: 'Ny park på Torget', language: 'nb' });
  const facilitator = await joinAsFacilitator(a.url, workshop);
  // Joining through either instance works: one database, one secret.
  const kari = await joinAsParticipant(a.url, workshop, 'innbygger', 'Kari');
  const ola = await joinAsParticipant(b.url, workshop, 'politiker', 'Ola');
  return { a, b, run, workshop, facilitator, kari, ola, database };
}

function act(server: TestServer, workshop: CreateWorkshopReply, who: SessionReply, action: object) {
  return postAction(server.url, workshop.id, who.token, action as Record<string, unknown>);
}

const notes = (doc: Y.Doc) =>
  Object.fromEntries(
    [...doc.getMap<Y.Map<unknown>>('items').entries()].map(([id, item]) => [id, item.get('text')]),
  );

describeWithRedis('two instances (TEST_REDIS_URL)', () => {
  it('edits and presence cross both ways between a participant on each instance', async () => {
    const { a, b, workshop, kari, ola } = await twoInstances();
    const onA = await connect(a.wsUrl, workshop.id, 'board', kari.token);
    const onB = await connect(b.wsUrl, workshop.id, 'board', ola.token);

    addNote(onA.doc, 'from-a', 'Benker ved fontenen');
    await waitFor(() => notes(onB.doc)['from-a'] === 'Benker ved fontenen', 10_000, 'A → B edit');
    addNote(onB.doc, 'from-b', 'Mer lys langs stien');
    await waitFor(() => notes(onA.doc)['from-b'] === 'Mer lys langs stien', 10_000, 'B → A edit');

    onA.provider.awareness.setLocalStateField('cursor', { x: 10, y: 20 });
    onB.provider.awareness.setLocalStateField('cursor', { x: 30, y: 40 });
    const seen = (from: typeof onA, by: typeof onA) =>
      by.provider.awareness.getStates().get(from.doc.clientID)?.cursor !== undefined;
    await waitFor(() => seen(onA, onB), 10_000, 'A’s presence on B');
    await waitFor(() => seen(onB, onA), 10_000, 'B’s presence on A');
  });

  it('someone opening the board on the other instance sees the cursors already there at once', async () => {
    const { a, b, workshop, kari, ola } = await twoInstances();
    const onA = await connect(a.wsUrl, workshop.id, 'board', kari.token);
    onA.provider.awareness.setLocalStateField('cursor', { x: 1, y: 2 });
    await waitFor(() => a.app.rooms.peek(workshop.id, 'board') !== undefined);
    // B loads the room now; Kari's client renews its presence only every 15 s.
    const onB = await connect(b.wsUrl, workshop.id, 'board', ola.token);
    await waitFor(
      () => onB.provider.awareness.getStates().get(onA.doc.clientID)?.cursor !== undefined,
      5_000,
      'Kari’s cursor on B',
    );
  });

  it('counts the people on both instances in the public presence, on both instances', async () => {
    const { a, b, workshop, kari, ola } = await twoInstances();
    const controlA = await connect(a.wsUrl, workshop.id, 'control', kari.token);
    const controlB = await connect(b.wsUrl, workshop.id, 'control', ola.token);
    await connect(a.wsUrl, workshop.id, 'board', kari.token);
    await connect(b.wsUrl, workshop.id, 'board', ola.token);
    const presence = (client: typeof controlA) =>
      readPresence(client.doc.getMap(CONTROL_ROOT).get(PRESENCE_KEY));
    for (const client of [controlA, controlB]) {
      await waitFor(
        () => presence(client).total === 2,
        10_000,
        'both people counted on both instances',
      );
      expect(presence(client).byRole).toMatchObject({ innbygger: 1, politiker: 1 });
    }
  });

  it('people on an instance that shuts down stop counting on the others at once', async () => {
    const { a, b, workshop, kari, ola } = await twoInstances();
    const controlA = await connect(a.wsUrl, workshop.id, 'control', kari.token);
    await connect(a.wsUrl, workshop.id, 'board', kari.token);
    await connect(b.wsUrl, workshop.id, 'board', ola.token);
    const total = () => readPresence(controlA.doc.getMap(CONTROL_ROOT).get(PRESENCE_KEY)).total;
    await waitFor(() => total() === 2, 10_000, 'both counted');
    await b.close();
    // Well before B's entry would expire (30 s): B withdrew it and said so.
    await waitFor(() => total() === 1, 10_000, 'only Kari counted');
  });

  it('an action handled by one instance reaches the clients of the other', async () => {
    const { a, b, workshop, facilitator, ola } = await twoInstances();
    const onB = await connect(b.wsUrl, workshop.id, 'control', ola.token);
    const reply = await act(a, workshop, facilitator, { type: 'setPhase', phase: 'design' });
    expect(reply.status).toBe(200);
    await waitFor(
      () => onB.doc.getMap(CONTROL_ROOT).get('phase') === 'design',
      10_000,
      'phase on B',
    );
  });

  it('startRound counts the people connected to either instance', async () => {
    const { a, b, workshop, facilitator, kari, ola } = await twoInstances();
    await connect(a.wsUrl, workshop.id, 'board', kari.token);
    await connect(b.wsUrl, workshop.id, 'board', ola.token);
    // The other instance's entry is written a moment after the join settles.
    const deadline = Date.now() + 10_000;
    for (;;) {
      const reply = await act(a, workshop, facilitator, { type: 'startRound' });
      const speakers = (reply.body as { speakers?: number }).speakers;
      if (speakers === 2) break;
      if (Date.now() > deadline) throw new Error(`round had ${speakers} speakers, not 2`);
      if (reply.status === 200) await act(a, workshop, facilitator, { type: 'endRound' });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });

  it('hands raised on both instances at once are all on the speakers’ list', async () => {
    const { a, b, workshop, kari, ola } = await twoInstances();
    const watcher = await connect(a.wsUrl, workshop.id, 'control', kari.token);
    await connect(b.wsUrl, workshop.id, 'control', ola.token); // both hold the room
    const people = await Promise.all(
      Array.from({ length: 16 }, () => joinAsParticipant(a.url, workshop, 'innbygger')),
    );
    // Each instance reads the list, adds a hand and writes it back: without the
    // lock, a write made on one could overwrite one the other has not heard of.
    const replies = await Promise.all(
      people.map((person, i) => act(i % 2 === 0 ? a : b, workshop, person, { type: 'raiseHand' })),
    );
    expect(replies.map((reply) => reply.status)).toEqual(people.map(() => 200));
    await waitFor(
      () =>
        readSpeaking(watcher.doc.getMap(CONTROL_ROOT).get(SPEAKING_KEY)).queue.length ===
        people.length,
      10_000,
      'all sixteen hands in the queue',
    );
  });

  it('AUTH-4: removing a participant on one instance closes their socket on the other', async () => {
    const { a, b, workshop, facilitator, ola } = await twoInstances();
    const onB = await openRawSocket(b.wsUrl, workshop.id, 'board', ola.token);
    const reply = await act(a, workshop, facilitator, {
      type: 'removeParticipant',
      participantId: ola.participantId,
    });
    expect(reply.status).toBe(200);
    expect(await onB.closed).toMatchObject({ code: 4401 });
  });

  it('AUTH-4: a removal whose news was lost closes the socket once the instance reconnects', async () => {
    const { b, run, workshop, ola, database } = await twoInstances();
    const onB = await openRawSocket(b.wsUrl, workshop.id, 'board', ola.token);
    // Stored as removed, but the announcement never reached B (Redis was away).
    const storage = await database.open();
    await storage.workshops.revokeParticipant(workshop.id, ola.participantId);
    await killRedisConnection(`moteplass-b-${run}-sub`);
    expect(await onB.closed).toMatchObject({ code: 4401 });
  });

  it('PRIV-1: deleting on one instance closes the workshop’s sockets on the other', async () => {
    const { a, b, workshop, facilitator, ola } = await twoInstances();
    const onB = await openRawSocket(b.wsUrl, workshop.id, 'board', ola.token);
    const response = await fetch(`${a.url}/api/workshops/${workshop.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${facilitator.token}` },
    });
    expect(response.status).toBe(204);
    expect(await onB.closed).toMatchObject({ code: 4404 });
  });

  it('PRIV-1: nothing of a workshop deleted on one instance stays stored while the other was writing', async () => {
    const { a, b, workshop, facilitator, ola, database } = await twoInstances();
    const onB = await connect(b.wsUrl, workshop.id, 'board', ola.token);
    let written = 0;
    const writing = setInterval(() => addNote(onB.doc, `n${written++}`, 'Skrives mens slettes'), 2);
    onCleanup(() => clearInterval(writing));
    await waitFor(() => written > 20, 5_000, 'B to be writing');
    const response = await fetch(`${a.url}/api/workshops/${workshop.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${facilitator.token}` },
    });
    expect(response.status).toBe(204);
    await waitFor(() => b.app.rooms.peek(workshop.id, 'board') === undefined, 10_000, 'B closed');
    clearInterval(writing);
    onB.provider.destroy();
    // B deletes once more after its last write: nothing may remain once it has.
    const storage = await database.open();
    const leftOver = async () => {
      const stored = await storage.documents.load(workshop.id, 'board');
      return (stored.snapshot ? 1 : 0) + stored.updates.length;
    };
    const deadline = Date.now() + 10_000;
    while ((await leftOver()) > 0) {
      if (Date.now() > deadline) throw new Error('board updates of the deleted workshop remain');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await storage.workshops.get(workshop.id)).toBeNull();
  });

  it('VOTE-1: dots cast on both instances at once never exceed the budget', async (context) => {
    const { a, b, workshop, facilitator, kari, ola, database } = await twoInstances();
    if (database.kind !== 'postgres') {
      context.skip('needs a shared database with transactions: set TEST_DATABASE_URL');
    }
    await act(a, workshop, facilitator, { type: 'setAnonymity', mode: 'off', allowSingle: true });
    const itemIds: string[] = [];
    for (const text of ['Flere benker', 'Bedre lys', 'Kafé']) {
      const reply = await act(a, workshop, ola, {
        type: 'addAnonymousNote',
        text,
        phase: 'explore',
      });
      itemIds.push((reply.body as { itemId: string }).itemId);
    }
    expect(
      (await act(b, workshop, facilitator, { type: 'startVote', dotsPerParticipant: 3 })).status,
    ).toBe(200);
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        act(i % 2 === 0 ? a : b, workshop, kari, { type: 'castVote', itemId: itemIds[i % 3]! }),
      ),
    );
    expect(burst.filter((reply) => reply.status === 200)).toHaveLength(3);
    for (const reply of burst.filter((r) => r.status !== 200)) {
      expect(reply).toMatchObject({
        status: 409,
        body: { error: { code: 'VOTE_BUDGET_EXHAUSTED' } },
      });
    }
  });

  it('after losing its Redis connection, an instance re-reads storage and its clients get what they missed', async () => {
    const { a, b, run, workshop, kari, ola, database } = await twoInstances();
    const onA = await connect(a.wsUrl, workshop.id, 'board', kari.token);
    await connect(b.wsUrl, workshop.id, 'board', ola.token);
    // Stored by "another instance" whose publication never arrived.
    const elsewhere = new Y.Doc();
    addNote(elsewhere, 'missed', 'Stored, never published');
    const storage = await database.open();
    await storage.documents.append(workshop.id, 'board', [Y.encodeStateAsUpdate(elsewhere)]);

    await killRedisConnection(`moteplass-a-${run}-sub`);
    await waitFor(
      () => notes(onA.doc).missed === 'Stored, never published',
      15_000,
      'the missed update after the reconnect',
    );
  });
});

/** Drops one named Redis connection, as a network blip would; ioredis reconnects. */
async function killRedisConnection(name: string): Promise<void> {
  const admin = new Redis(redisUrl!);
  try {
    const list = await admin.client('LIST');
    const line = String(list)
      .split('\n')
      .find((entry) => entry.includes(` name=${name} `));
    if (!line) throw new Error(`no Redis connection named ${name}`);
    const id = /id=(\d+)/.exec(line)![1]!;
    await admin.client('KILL', 'ID', id);
  } finally {
    admin.disconnect();
  }
}

describe('an instance whose Redis is unreachable', () => {
  it('serves its own people, still runs actions, and shuts down cleanly', async () => {
    const server = await startServer({
      // Nothing listens on port 1: ioredis keeps retrying in the background.
      cluster: { redisUrl: 'redis://127.0.0.1:1', keyPrefix: freshPrefix(), readyTimeoutMs: 100 },
    });
    const workshop = await createWorkshop(server.url, { title: 'Uten Redis' });
    const facilitator = await joinAsFacilitator(server.url, workshop);
    const kari = await joinAsParticipant(server.url, workshop, 'innbygger');
    const ola = await joinAsParticipant(server.url, workshop, 'politiker');
    const first = await connect(server.wsUrl, workshop.id, 'board', kari.token);
    const second = await connect(server.wsUrl, workshop.id, 'board', ola.token);
    addNote(first.doc, 'local', 'Lokalt likevel');
    await waitFor(() => notes(second.doc).local === 'Lokalt likevel', 10_000, 'the local edit');

    // Without the lock (with a warning): refusing would leave multi-step actions half done.
    const reply = await act(server, workshop, facilitator, { type: 'setPhase', phase: 'design' });
    expect(reply.status).toBe(200);
    // Removal cannot reach the other instances: 503, and trying again is harmless.
    const removal = await act(server, workshop, facilitator, {
      type: 'removeParticipant',
      participantId: ola.participantId,
    });
    expect(removal).toMatchObject({ status: 503, body: { error: { code: 'UNAVAILABLE' } } });
    await server.close();
  });
});
