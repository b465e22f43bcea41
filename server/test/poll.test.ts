import {
  CONTROL_ROOT,
  VOTE_KEY,
  VOTE_RESULTS_KEY,
  readOpenVote,
  readVoteResults,
  type CreateWorkshopReply,
  type MyVotesReply,
  type SessionReply,
} from '@moteplass/shared';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  equalityWorkshop,
  rawClient,
  receivedBytes,
  receivedDoc,
  untilReceived,
} from './equality-helper.js';
import { cleanup, connect, joinAsFacilitator, waitFor } from './helper.js';

afterEach(cleanup);

/**
 * The poll card through the public API: a participant puts a poll on the
 * board, the facilitator opens a vote on its options (`startVote {pollId}`),
 * people vote with `<pollId>:<optionIndex>`, tallies stay hidden until the
 * vote closes and then show per option, in the control document and the
 * exports.
 */
const POLL = {
  type: 'poll',
  x: 100,
  y: 100,
  w: 320,
  h: 240,
  phase: 'produce',
  v: 1,
  question: 'Hvilket tiltak først?',
  options: ['Fredagsklubb', 'Benker i parken', 'Lysløype'],
};

async function pollWorkshop() {
  const setup = await equalityWorkshop();
  const { server, workshop, people } = setup;
  const writer = await connect(server.wsUrl, workshop.id, 'board', people.kari.token);
  writer.doc
    .getMap('items')
    .set('poll-1', new Y.Map(Object.entries({ ...POLL, author: people.kari.participantId })));
  const board = await server.app.rooms.get(workshop.id, 'board');
  await waitFor(() => board.doc.getMap('items').has('poll-1'), 5000, 'the poll on the server');
  const exportOf = async (format: 'csv' | 'md', who: SessionReply = people.facilitator) => {
    const response = await fetch(`${server.url}/api/workshops/${workshop.id}/export.${format}`, {
      headers: { authorization: `Bearer ${who.token}` },
    });
    return response.text();
  };
  return { ...setup, exportOf };
}

describe('POLL-1 a vote on a poll card’s options', () => {
  it('POLL-1 only the facilitator starts it, and only on a poll that exists, alone', async () => {
    const { act, people } = await pollWorkshop();
    expect(
      await act(people.kari, { type: 'startVote', dotsPerParticipant: 1, pollId: 'poll-1' }),
    ).toMatchObject({ status: 403 });
    expect(
      await act(people.facilitator, { type: 'startVote', dotsPerParticipant: 1, pollId: 'nope' }),
    ).toMatchObject({ status: 400, body: { error: { code: 'BAD_REQUEST' } } });
    expect(
      await act(people.facilitator, {
        type: 'startVote',
        dotsPerParticipant: 1,
        pollId: 'poll-1',
        phase: 'produce',
      }),
    ).toMatchObject({ status: 400 });
    expect(
      await act(people.facilitator, { type: 'startVote', dotsPerParticipant: 1, pollId: 'poll-1' }),
    ).toMatchObject({ status: 200 });
  });

  it('POLL-1 accepts only option ids of that poll', async () => {
    const { act, people, notes } = await pollWorkshop().then(async (setup) => {
      const { facilitator } = setup.people;
      await setup.act(facilitator, { type: 'setAnonymity', mode: 'off', allowSingle: true });
      const note = await setup.act(setup.people.siri, {
        type: 'addAnonymousNote',
        text: 'En lapp',
        phase: 'produce',
      });
      expect(note.status).toBe(200);
      return { ...setup, notes: [(note.body as { itemId: string }).itemId] };
    });
    await act(people.facilitator, { type: 'startVote', dotsPerParticipant: 2, pollId: 'poll-1' });
    for (const itemId of ['poll-1', 'poll-1:3', 'poll-1:01', 'poll-1:-1', 'other:0', notes[0]!]) {
      expect(await act(people.ola, { type: 'castVote', itemId }), itemId).toMatchObject({
        status: 409,
        body: { error: { code: 'ITEM_NOT_VOTABLE' } },
      });
    }
    expect(await act(people.ola, { type: 'castVote', itemId: 'poll-1:2' })).toMatchObject({
      status: 200,
      body: { dots: ['poll-1:2'], remaining: 1 },
    });
    expect(await act(people.ola, { type: 'retractVote', itemId: 'poll-1:2' })).toMatchObject({
      status: 200,
      body: { dots: [], remaining: 2 },
    });
  });
});

describe('POLL-2 tallies hidden while the poll’s vote is open; POLL-3 shown per option after', () => {
  it('POLL-2 shows nobody a count per option while open; POLL-3 closing publishes them and the exports show them', async () => {
    const { server, workshop, act, get, people, exportOf } = await pollWorkshop();
    const watcher = await rawClient(server.wsUrl, workshop.id, 'control', people.ola.token);
    await act(people.facilitator, { type: 'startVote', dotsPerParticipant: 1, pollId: 'poll-1' });
    await act(people.kari, { type: 'castVote', itemId: 'poll-1:0' });
    await act(people.ola, { type: 'castVote', itemId: 'poll-1:0' });
    await act(people.siri, { type: 'castVote', itemId: 'poll-1:2' });
    const seen = await untilReceived(
      watcher,
      (doc) => readOpenVote(doc.getMap(CONTROL_ROOT).get(VOTE_KEY))?.voters === 3,
    );
    expect(readOpenVote(seen.getMap(CONTROL_ROOT).get(VOTE_KEY))).toMatchObject({
      pollId: 'poll-1',
      phase: null,
      frameId: null,
      voters: 3,
    });
    for (const option of ['poll-1:0', 'poll-1:1', 'poll-1:2']) {
      expect(receivedBytes(watcher).includes(option), option).toBe(false);
    }
    expect(((await get(people.siri, '/votes/mine')).body as MyVotesReply).dots).toEqual([
      'poll-1:2',
    ]);
    // The exports say the vote is not closed rather than a number.
    expect(await exportOf('md')).toContain(
      '| Hvilket tiltak først? | Fredagsklubb | Ikke avsluttet |',
    );

    await act(people.facilitator, { type: 'closeVote' });
    const after = await untilReceived(
      watcher,
      (doc) => readVoteResults(doc.getMap(CONTROL_ROOT).get(VOTE_RESULTS_KEY)).length === 1,
    );
    expect(readVoteResults(after.getMap(CONTROL_ROOT).get(VOTE_RESULTS_KEY))[0]).toMatchObject({
      pollId: 'poll-1',
      voters: 3,
      tallies: [
        { itemId: 'poll-1:0', count: 2 },
        { itemId: 'poll-1:2', count: 1 },
      ],
    });
    expect(receivedDoc(watcher).getMap(CONTROL_ROOT).get(VOTE_KEY)).toBeNull();

    const markdown = await exportOf('md');
    expect(markdown).toContain('### Avstemninger');
    expect(markdown).toContain('| Hvilket tiltak først? | Fredagsklubb | 2 |');
    expect(markdown).toContain('|   | Benker i parken | 0 |');
    expect(markdown).toContain('|   | Lysløype | 1 |');
    // Not listed as a dot vote on notes (it has a table of its own).
    expect(markdown).not.toContain('Resultat av prikkstemmingen');

    const rows = (await exportOf('csv')).slice(1).split('\r\n');
    const header = rows[0]!.split(';');
    const option = header.indexOf('"Alternativ"');
    const tally = header.indexOf('"Stemmer"', option);
    const pollRows = rows
      .filter((row) => row.includes('Hvilket tiltak først?'))
      .map((row) => row.split(';'));
    expect(pollRows.map((row) => [row[option], row[tally]])).toEqual([
      ['"Fredagsklubb"', '"2"'],
      ['"Benker i parken"', '"0"'],
      ['"Lysløype"', '"1"'],
    ]);
  });
});

describe('POLL-3 a closed poll survives export and import', () => {
  it('POLL-3 an imported export.json keeps the poll and its tallies per option', async () => {
    const { server, act, people, workshop } = await pollWorkshop();
    await act(people.facilitator, { type: 'startVote', dotsPerParticipant: 1, pollId: 'poll-1' });
    await act(people.kari, { type: 'castVote', itemId: 'poll-1:1' });
    await act(people.facilitator, { type: 'closeVote' });
    const auth = { authorization: `Bearer ${people.facilitator.token}` };
    const file = await (
      await fetch(`${server.url}/api/workshops/${workshop.id}/export.json`, { headers: auth })
    ).json();
    expect(file).toMatchObject({
      votes: [{ pollId: 'poll-1', results: [{ itemId: 'poll-1:1', votes: 1 }] }],
    });
    const imported = await fetch(`${server.url}/api/workshops/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(file),
    });
    expect(imported.status).toBe(201);
    const copy = (await imported.json()) as CreateWorkshopReply;
    const { token } = await joinAsFacilitator(server.url, copy);
    const markdown = await (
      await fetch(`${server.url}/api/workshops/${copy.id}/export.md`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).text();
    expect(markdown).toContain('| Hvilket tiltak først? | Fredagsklubb | 0 |');
    expect(markdown).toContain('|   | Benker i parken | 1 |');
  });
});
