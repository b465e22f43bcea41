import { ROLES, type SessionReply } from '@moteplass/shared';
import { afterEach, expect, it } from 'vitest';
import { cleanup, connect, createWorkshop, startServer } from './helper.js';

afterEach(cleanup);

/**
 * A town hall meeting: 200 people behind the municipality's one NAT address
 * open the join page and join within seconds. The rate limit must let every
 * one of them in.
 */
it('lets 200 participants from one address join at once', async () => {
  const server = await startServer();
  const workshop = await createWorkshop(server.url, { title: 'Budsjettmøte', language: 'nb' });

  const joins = Array.from({ length: 200 }, async (_, i) => {
    // What the join page does: look the code up, then join.
    const lookup = await fetch(`${server.url}/api/join/${workshop.joinCode.toLowerCase()}`);
    const response = await fetch(`${server.url}/api/workshops/${workshop.id}/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        joinCode: workshop.joinCode,
        role: ROLES[i % ROLES.length],
        name: `Deltaker ${i + 1}`,
      }),
    });
    return {
      lookup: lookup.status,
      status: response.status,
      body: (await response.json()) as SessionReply,
    };
  });
  const answers = await Promise.all(joins);

  expect(answers.filter((answer) => answer.lookup !== 200)).toEqual([]);
  expect(answers.filter((answer) => answer.status !== 201)).toEqual([]);
  const participantIds = new Set(answers.map((answer) => answer.body.participantId));
  expect(participantIds.size).toBe(200);

  // The sessions are real: the last one to join opens the board.
  const last = answers.at(-1)!;
  const client = await connect(server.wsUrl, workshop.id, 'board', last.body.token);
  expect(client.provider.synced).toBe(true);
});
