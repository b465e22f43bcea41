import {
  AIRTIME_KEY,
  BREAKOUT_KEY,
  CONTROL_ROOT,
  GROUP_FLOORS_KEY,
  SPEAKING_KEY,
  readAirtime,
  readBreakout,
  readGroupFloors,
  readSpeaking,
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
} from './helper.js';

/**
 * A speaking round inside one breakout group (docs/breakout.md, "Equality
 * inside groups"): four participants with the board open in two groups of two.
 */
afterEach(cleanup);

interface Group {
  id: string;
  members: string[];
}

async function twoGroupsHere() {
  const server = await startServer();
  const workshop = await createWorkshop(server.url, { title: 'Trygg skolevei', language: 'nb' });
  const facilitator = await joinAsFacilitator(server.url, workshop);
  const people: SessionReply[] = [];
  for (const role of ['innbygger', 'kommuneansatt', 'innbygger', 'politiker'] as const) {
    const person = await joinAsParticipant(server.url, workshop, role);
    // With the board open: a round takes those who are here.
    await connect(server.wsUrl, workshop.id, 'board', person.token);
    people.push(person);
  }
  const act = (who: SessionReply, action: Record<string, unknown>) =>
    postAction(server.url, workshop.id, who.token, action);
  expect(
    (await act(facilitator, { type: 'startBreakout', groupSize: 3, mix: 'roles' })).status,
  ).toBe(200);
  const control = (await connect(server.wsUrl, workshop.id, 'control', facilitator.token)).doc;
  const state = () => control.getMap(CONTROL_ROOT);
  await waitFor(() => readBreakout(state().get(BREAKOUT_KEY)), 5000, 'the breakout');
  const groups: Group[] = readBreakout(state().get(BREAKOUT_KEY))!.groups;
  expect(groups).toHaveLength(2);
  const [g1, g2] = groups as [Group, Group];
  const session = (id: string) => people.find((p) => p.participantId === id)!;
  const [a, b] = g1.members.map(session) as [SessionReply, SessionReply];
  const [c] = g2.members.map(session) as [SessionReply];
  const floors = () => readGroupFloors(state().get(GROUP_FLOORS_KEY));
  return { facilitator, act, g1, g2, a, b, c, state, floors };
}

const errorCode = (body: unknown) => (body as { error?: { code?: string } }).error?.code;

describe('a speaking round in one group', () => {
  it('GROUPEQ-7: the host runs a round among the group’s members only; each turn counts in the group and the meetup; others may not start it', async () => {
    const s = await twoGroupsHere();
    const member = await s.act(s.a, { type: 'startRound', groupId: s.g1.id });
    expect([member.status, errorCode(member.body)]).toEqual([403, 'FORBIDDEN']);
    await s.act(s.a, { type: 'setGroupHost', groupId: s.g1.id, participantId: s.a.participantId });

    // Another group's round is not the host's; the room's is the facilitator's alone.
    const other = await s.act(s.a, { type: 'startRound', groupId: s.g2.id });
    expect([other.status, errorCode(other.body)]).toEqual([403, 'FORBIDDEN']);

    const started = await s.act(s.a, { type: 'startRound' });
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ speakers: 2, groupId: s.g1.id });
    await waitFor(() => s.floors()[s.g1.id]?.speaking.round, 5000, 'the group round');
    const round = s.floors()[s.g1.id]!.speaking;
    const inRound = [
      round.current!.participantId,
      ...round.round!.remaining.map((p) => p.participantId),
    ];
    expect(inRound.sort()).toEqual([s.a.participantId, s.b.participantId].sort());
    expect(round.round!.total).toBe(2);
    // The room's floor and the other group's are untouched.
    expect(readSpeaking(s.state().get(SPEAKING_KEY)).round).toBeNull();
    expect(s.floors()[s.g2.id]?.speaking.round ?? null).toBeNull();

    // The host moves the round on; after the last turn it is over.
    expect((await s.act(s.a, { type: 'endTurn' })).status).toBe(200);
    expect((await s.act(s.a, { type: 'endTurn' })).status).toBe(200);
    await waitFor(() => s.floors()[s.g1.id]?.speaking.round === null, 5000, 'the round to end');
    const group = s.floors()[s.g1.id]!.airtime;
    const meetup = readAirtime(s.state().get(AIRTIME_KEY));
    for (const who of [s.a, s.b]) {
      expect(group.byParticipant[who.participantId]!.turns).toBe(1);
      expect(meetup.byParticipant[who.participantId]!.turns).toBe(1);
    }
    expect(group.byParticipant[s.c.participantId]).toBeUndefined();
  });

  it('GROUPEQ-7: the facilitator starts and stops a round in any group; no such group is 404, no breakout 409', async () => {
    const s = await twoGroupsHere();
    const started = await s.act(s.facilitator, { type: 'startRound', groupId: s.g2.id });
    expect(started.status).toBe(200);
    await waitFor(() => s.floors()[s.g2.id]?.speaking.round, 5000, 'the group round');
    expect(s.g2.members).toContain(s.floors()[s.g2.id]!.speaking.current!.participantId);
    const notHost = await s.act(s.c, { type: 'endRound' });
    expect([notHost.status, errorCode(notHost.body)]).toEqual([403, 'FORBIDDEN']);
    expect((await s.act(s.facilitator, { type: 'endRound', groupId: s.g2.id })).status).toBe(200);
    await waitFor(() => s.floors()[s.g2.id]?.speaking.round === null, 5000, 'the round to stop');
    expect(s.floors()[s.g2.id]!.speaking.current).toBeNull();

    const missing = await s.act(s.facilitator, { type: 'startRound', groupId: 'no-such-group' });
    expect([missing.status, errorCode(missing.body)]).toEqual([404, 'GROUP_NOT_FOUND']);
    await s.act(s.facilitator, { type: 'endBreakout' });
    const ended = await s.act(s.facilitator, { type: 'startRound', groupId: s.g1.id });
    expect([ended.status, errorCode(ended.body)]).toEqual([409, 'NO_BREAKOUT']);
    // The room's round still works for the facilitator after the recall.
    expect((await s.act(s.facilitator, { type: 'startRound' })).status).toBe(200);
  });
});
