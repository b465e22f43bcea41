import {
  BREAKOUT_KEY,
  CONTROL_ROOT,
  GROUP_FLOORS_KEY,
  readGroupFloors,
  groupCapacity,
  readBreakout,
  type BreakoutState,
  type Role,
  type SessionReply,
} from '@moteplass/shared';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cleanup,
  connect,
  createWorkshop,
  joinAsFacilitator,
  joinAsParticipant,
  postAction,
  startServer,
  waitFor,
  type TestServer,
} from './helper.js';

/**
 * "People pick a group" (startBreakout {mix: "choose"}, joinGroup,
 * closeChoice) through the public API: real HTTP, a real control socket.
 */
afterEach(cleanup);

async function room(server: TestServer, roles: readonly Role[]) {
  const workshop = await createWorkshop(server.url, { title: 'Trygg skolevei', language: 'nb' });
  const facilitator = await joinAsFacilitator(server.url, workshop);
  const people: SessionReply[] = [];
  for (const role of roles) people.push(await joinAsParticipant(server.url, workshop, role));
  const act = (who: SessionReply, action: Record<string, unknown>) =>
    postAction(server.url, workshop.id, who.token, action);
  const { doc } = await connect(server.wsUrl, workshop.id, 'control', facilitator.token);
  const read = () => readBreakout(doc.getMap(CONTROL_ROOT).get(BREAKOUT_KEY));
  const floors = () => readGroupFloors(doc.getMap(CONTROL_ROOT).get(GROUP_FLOORS_KEY));
  return { workshop, facilitator, people, act, read, floors };
}

const everyone = (state: BreakoutState | null) => state?.groups.flatMap((g) => g.members) ?? [];
const ROOM: Role[] = ['innbygger', 'innbygger', 'forsker', 'politiker', 'annet', 'frivillig'];

describe('people pick their group (mix "choose")', () => {
  it('BREAK-10: choose opens empty groups; a participant joins one, and only one, while the choice is open', async () => {
    const server = await startServer();
    const r = await room(server, ROOM);
    const started = await r.act(r.facilitator, {
      type: 'startBreakout',
      groupSize: 3,
      mix: 'choose',
    });
    expect(started.status).toBe(200);
    await waitFor(() => r.read() !== null, 5000, 'the breakout');
    const state = r.read()!;
    expect(state.choosing).toBe(true);
    expect(state.mix).toBe('choose');
    expect(state.groups).toHaveLength(2);
    expect(everyone(state)).toEqual([]);

    const [kari] = r.people;
    const [first, second] = state.groups;
    expect((await r.act(kari!, { type: 'joinGroup', groupId: first!.id })).status).toBe(200);
    await waitFor(() => r.read()!.groups[0]!.members.includes(kari!.participantId));
    // Changing one's mind moves, never copies (BREAK-1).
    expect((await r.act(kari!, { type: 'joinGroup', groupId: second!.id })).status).toBe(200);
    await waitFor(() => r.read()!.groups[1]!.members.includes(kari!.participantId));
    expect(everyone(r.read()).filter((id) => id === kari!.participantId)).toHaveLength(1);

    expect((await r.act(kari!, { type: 'joinGroup', groupId: 'nope' })).body).toMatchObject({
      error: { code: 'GROUP_NOT_FOUND' },
    });
    expect((await r.act(kari!, { type: 'joinGroup' })).status).toBe(400);
    // The facilitator is never a member.
    expect((await r.act(r.facilitator, { type: 'joinGroup', groupId: first!.id })).status).toBe(
      400,
    );
  });

  it("GROUPEQ-3: a host who switches group while choosing leaves the old group's seat", async () => {
    const server = await startServer();
    const r = await room(server, ROOM);
    await r.act(r.facilitator, { type: 'startBreakout', groupSize: 3, mix: 'choose' });
    await waitFor(() => r.read() !== null, 5000, 'the breakout');
    const [first, second] = r.read()!.groups;
    const [kari] = r.people;
    expect((await r.act(kari!, { type: 'joinGroup', groupId: first!.id })).status).toBe(200);
    const seat = { type: 'setGroupHost', groupId: first!.id, participantId: kari!.participantId };
    expect((await r.act(kari!, seat)).status).toBe(200);
    await waitFor(() => r.floors()[first!.id]?.host === kari!.participantId);
    expect((await r.act(kari!, { type: 'joinGroup', groupId: second!.id })).status).toBe(200);
    await waitFor(() => !r.floors()[first!.id]?.host, 5000, 'the seat emptied');
  });

  it('BREAK-10: a full group refuses the next person (GROUP_FULL); somebody not in the workshop is refused', async () => {
    const server = await startServer();
    const r = await room(server, [...ROOM, 'innbygger', 'forsker']);
    await r.act(r.facilitator, { type: 'startBreakout', groupSize: 3, mix: 'choose' });
    await waitFor(() => r.read() !== null);
    const target = r.read()!.groups[0]!;
    const cap = groupCapacity(3);
    for (const person of r.people.slice(0, cap)) {
      expect((await r.act(person, { type: 'joinGroup', groupId: target.id })).status).toBe(200);
    }
    const refused = await r.act(r.people[cap]!, { type: 'joinGroup', groupId: target.id });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: { code: 'GROUP_FULL' } });
    await waitFor(() => r.read()!.groups[0]!.members.length === cap);
    expect(r.read()!.groups[0]!.members).not.toContain(r.people[cap]!.participantId);

    // Removed from the workshop: the session no longer counts.
    const removed = r.people[cap + 1]!;
    await r.act(r.facilitator, { type: 'removeParticipant', participantId: removed.participantId });
    const other = r.read()!.groups[1]!;
    const answer = await r.act(removed, { type: 'joinGroup', groupId: other.id });
    expect(answer.status).toBe(401);
    // No session at all.
    const stranger = await fetch(`${server.url}/api/workshops/${r.workshop.id}/actions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'joinGroup', groupId: other.id }),
    });
    expect(stranger.status).toBe(401);
  });

  it('BREAK-11: closing the choice puts the undecided in the smallest groups; a late joiner picks while it is open and is placed after', async () => {
    const server = await startServer();
    const r = await room(server, ROOM);
    await r.act(r.facilitator, { type: 'startBreakout', groupSize: 3, mix: 'choose' });
    await waitFor(() => r.read() !== null);
    const [first] = r.read()!.groups;
    for (const person of r.people.slice(0, 3)) {
      await r.act(person, { type: 'joinGroup', groupId: first!.id });
    }
    // A late joiner while people choose is left to choose too.
    const early = await joinAsParticipant(server.url, r.workshop, 'naringsliv');
    await waitFor(() => r.read()!.groups[0]!.members.length === 3);
    expect(everyone(r.read())).not.toContain(early.participantId);

    // Only the facilitator closes the choice.
    expect((await r.act(r.people[0]!, { type: 'closeChoice' })).status).toBe(403);
    const closed = await r.act(r.facilitator, { type: 'closeChoice' });
    expect(closed.status).toBe(200);
    await waitFor(() => r.read()!.choosing === undefined, 5000, 'the choice closed');
    const state = r.read()!;
    const all = [...r.people, early].map((p) => p.participantId).sort();
    expect([...everyone(state)].sort()).toEqual(all);
    // 3 picked the first group; the 4 undecided fill the smallest one by one: 4 and 3.
    expect(state.groups.map((g) => g.members.length)).toEqual([4, 3]);
    expect((closed.body as { placed: string[] }).placed).toHaveLength(4);

    // Once closed: no more picking; a late joiner goes to the smallest group (BREAK-4).
    expect(
      (await r.act(r.people[0]!, { type: 'joinGroup', groupId: state.groups[1]!.id })).body,
    ).toMatchObject({ error: { code: 'CHOICE_CLOSED' } });
    const late = await joinAsParticipant(server.url, r.workshop, 'innbygger');
    await waitFor(() => everyone(r.read()).includes(late.participantId), 5000, 'the late joiner');
    expect(r.read()!.groups[1]!.members).toContain(late.participantId);
    expect((await r.act(r.facilitator, { type: 'closeChoice' })).body).toMatchObject({
      error: { code: 'CHOICE_CLOSED' },
    });
  });

  it('BREAK-11: the facilitator moves people while they choose and after, a full group notwithstanding', async () => {
    const server = await startServer();
    const r = await room(server, ROOM);
    await r.act(r.facilitator, { type: 'startBreakout', groupSize: 3, mix: 'choose' });
    await waitFor(() => r.read() !== null);
    const [first, second] = r.read()!.groups;
    for (const person of r.people.slice(0, groupCapacity(3))) {
      await r.act(person, { type: 'joinGroup', groupId: first!.id });
    }
    const last = r.people.at(-1)!.participantId;
    // Not yet in any group, into a full one: the facilitator decides.
    expect(
      (
        await r.act(r.facilitator, {
          type: 'moveParticipant',
          participantId: last,
          groupId: first!.id,
        })
      ).status,
    ).toBe(200);
    await waitFor(() => r.read()!.groups[0]!.members.includes(last));
    await r.act(r.facilitator, { type: 'closeChoice' });
    await waitFor(() => r.read()!.choosing === undefined);
    const who = r.people[0]!.participantId;
    await r.act(r.facilitator, {
      type: 'moveParticipant',
      participantId: who,
      groupId: second!.id,
    });
    await waitFor(() => r.read()!.groups[1]!.members.includes(who));
    expect(everyone(r.read()).filter((id) => id === who)).toHaveLength(1);
    expect([...everyone(r.read())].sort()).toEqual(r.people.map((p) => p.participantId).sort());
  });
});
