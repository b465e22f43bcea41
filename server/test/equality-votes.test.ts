import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CONTROL_ROOT,
  VOTE_KEY,
  VOTE_RESULTS_KEY,
  readOpenVote,
  readVoteResults,
  type MyVotesReply,
} from '@moteplass/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryStorage, SqliteStorage, type Storage } from '../src/storage/index.js';
import {
  equalityWorkshop,
  rawClient,
  receivedBytes,
  receivedDoc,
  untilReceived,
} from './equality-helper.js';
import { cleanup, onCleanup } from './helper.js';

afterEach(cleanup);

function sqlite(): Storage {
  const dir = mkdtempSync(join(tmpdir(), 'moteplass-votes-'));
  const storage = new SqliteStorage(join(dir, 'moteplass.sqlite'));
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  onCleanup(() => storage.close());
  return storage;
}

async function votingWorkshop(storage: Storage = new MemoryStorage()) {
  const setup = await equalityWorkshop({ storage });
  const { act, people } = setup;
  await act(people.facilitator, { type: 'setAnonymity', mode: 'off', allowSingle: true });
  const note = async (text: string) => {
    const { body } = await act(people.siri, { type: 'addAnonymousNote', text, phase: 'explore' });
    return (body as { itemId: string }).itemId;
  };
  const notes = [await note('Flere benker'), await note('Bedre lys'), await note('Kafé')];
  return { ...setup, notes };
}

describe.each([
  ['memory', () => new MemoryStorage()],
  ['sqlite', sqlite],
])('VOTE-1: the dot budget holds against a burst (%s)', (_name, storage) => {
  it('accepts exactly the budget from 20 concurrent castVotes and refuses the rest with 409', async () => {
    const { act, get, people, notes } = await votingWorkshop(storage());
    await act(people.facilitator, { type: 'startVote', dotsPerParticipant: 3 });
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        act(people.kari, { type: 'castVote', itemId: notes[i % notes.length]! }),
      ),
    );
    expect(burst.filter((r) => r.status === 200)).toHaveLength(3);
    const refused = burst.filter((r) => r.status !== 200);
    expect(refused).toHaveLength(17);
    for (const reply of refused) {
      expect(reply).toMatchObject({
        status: 409,
        body: { error: { code: 'VOTE_BUDGET_EXHAUSTED' } },
      });
    }
    const mine = (await get(people.kari, '/votes/mine')).body as MyVotesReply;
    expect(mine.dots).toHaveLength(3);
    expect(mine.remaining).toBe(0);
  });
});

describe('VOTE-2: tallies stay hidden until the vote closes', () => {
  it('shows nobody a count per note while open — not the control document, not others’ dots', async () => {
    const { server, workshop, act, get, people, notes } = await votingWorkshop();
    const watcher = await rawClient(server.wsUrl, workshop.id, 'control', people.ola.token);
    await act(people.facilitator, { type: 'startVote', dotsPerParticipant: 2 });
    await act(people.kari, { type: 'castVote', itemId: notes[0]! });
    await act(people.kari, { type: 'castVote', itemId: notes[0]! });
    await act(people.siri, { type: 'castVote', itemId: notes[1]! });

    const seen = await untilReceived(
      watcher,
      (doc) => readOpenVote(doc.getMap(CONTROL_ROOT).get(VOTE_KEY))?.voters === 2,
    );
    expect(readOpenVote(seen.getMap(CONTROL_ROOT).get(VOTE_KEY))).toMatchObject({
      voters: 2,
      votersDone: 1,
    });
    // Not one byte the watcher received names a note that has dots.
    for (const itemId of notes) expect(receivedBytes(watcher).includes(itemId)).toBe(false);
    // Each person sees their own dots only; the facilitator has none to see.
    expect(((await get(people.ola, '/votes/mine')).body as MyVotesReply).dots).toEqual([]);
    expect(((await get(people.facilitator, '/votes/mine')).body as MyVotesReply).dots).toEqual([]);
    expect(((await get(people.kari, '/votes/mine')).body as MyVotesReply).dots).toEqual([
      notes[0],
      notes[0],
    ]);

    const closed = await act(people.facilitator, { type: 'closeVote' });
    expect(closed.body).toMatchObject({
      tallies: [
        { itemId: notes[0], count: 2 },
        { itemId: notes[1], count: 1 },
      ],
    });
    const after = await untilReceived(
      watcher,
      (doc) => readVoteResults(doc.getMap(CONTROL_ROOT).get(VOTE_RESULTS_KEY)).length === 1,
    );
    expect(readVoteResults(after.getMap(CONTROL_ROOT).get(VOTE_RESULTS_KEY))[0]?.tallies).toEqual([
      { itemId: notes[0], count: 2 },
      { itemId: notes[1], count: 1 },
    ]);
    expect(receivedDoc(watcher).getMap(CONTROL_ROOT).get(VOTE_KEY)).toBeNull();
  });
});
