import { AIRTIME_KEY, SPEAKING_KEY, readAirtime, readSpeaking } from '@moteplass/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, waitFor } from './helper.js';
import { errorCode, twoGroups } from './group-room.js';

/**
 * A speaking round inside one breakout group (docs/breakout.md, "Equality
 * inside groups"): four participants with the board open in two groups of two.
 */
afterEach(cleanup);

describe('a speaking round in one group', () => {
  it('GROUPEQ-7: the host runs a round among the group’s members only; each turn counts in the group and the meetup; others may not start it', async () => {
    const s = await twoGroups({ boardOpen: true });
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
    const s = await twoGroups({ boardOpen: true });
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
