import {
  AIRTIME_KEY,
  BOARD_ITEMS,
  SPEAKING_KEY,
  VOTE_KEY,
  readAirtime,
  readSpeaking,
  type SessionReply,
} from '@moteplass/shared';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, connect, waitFor } from './helper.js';
import { errorCode, twoGroups } from './group-room.js';

/**
 * Equality inside breakout groups through the public API (docs/breakout.md,
 * "Equality inside groups"): four participants in two groups of two, real
 * HTTP for the actions, real sockets to see what every client sees.
 */
afterEach(cleanup);

type Scene = Awaited<ReturnType<typeof twoGroups>>;

/** A note `who` writes into a group's frame through their own board socket. */
async function noteInFrame(s: Scene, who: SessionReply, frameId: string, id: string) {
  const { doc } = await connect(s.server.wsUrl, s.workshop.id, 'board', who.token);
  const items = doc.getMap<Y.Map<unknown>>(BOARD_ITEMS);
  await waitFor(() => items.has(frameId), 5000, 'the group frame');
  const frame = items.get(frameId)!;
  const note = new Y.Map<unknown>();
  doc.transact(() => {
    items.set(id, note);
    const fields = {
      type: 'note',
      x: (frame.get('x') as number) + 40,
      y: (frame.get('y') as number) + 300,
      w: 160,
      h: 120,
      phase: frame.get('phase'),
      text: `Innspill ${id}`,
      color: 'yellow',
    };
    for (const [key, value] of Object.entries(fields)) note.set(key, value);
  });
  return doc;
}

describe('equality inside breakout groups', () => {
  it('GROUPEQ-1: a raised hand goes to the group queue; the host grants only there, a member not at all, the facilitator anywhere', async () => {
    const s = await twoGroups();
    expect((await s.act(s.b, { type: 'raiseHand' })).body).toMatchObject({ groupId: s.g1.id });
    expect((await s.act(s.d, { type: 'raiseHand' })).body).toMatchObject({ groupId: s.g2.id });
    await waitFor(() => s.floors()[s.g1.id]?.speaking.queue.length === 1, 5000, 'group queue');
    expect(readSpeaking(s.state().get(SPEAKING_KEY)).queue).toEqual([]);
    expect(s.floors()[s.g1.id]!.speaking.queue[0]!.participantId).toBe(s.b.participantId);

    // Without a host nobody in the group grants.
    const member = await s.act(s.a, { type: 'grantTurn', participantId: s.b.participantId });
    expect([member.status, errorCode(member.body)]).toEqual([403, 'FORBIDDEN']);

    expect(
      (
        await s.act(s.a, {
          type: 'setGroupHost',
          groupId: s.g1.id,
          participantId: s.a.participantId,
        })
      ).status,
    ).toBe(200);
    const other = await s.act(s.a, { type: 'grantTurn', participantId: s.d.participantId });
    expect([other.status, errorCode(other.body)]).toEqual([403, 'FORBIDDEN']);
    const ownEnd = await s.act(s.a, { type: 'endTurn', groupId: s.g2.id });
    expect(ownEnd.status).toBe(403);

    const granted = await s.act(s.a, { type: 'grantTurn', participantId: s.b.participantId });
    expect(granted.status).toBe(200);
    expect(granted.body).toMatchObject({ groupId: s.g1.id });
    await waitFor(() => s.floors()[s.g1.id]?.speaking.current !== null, 5000, 'the turn');
    expect(s.floors()[s.g1.id]!.speaking.current!.participantId).toBe(s.b.participantId);
    expect(s.floors()[s.g1.id]!.speaking.queue).toEqual([]);
    expect(readSpeaking(s.state().get(SPEAKING_KEY)).current).toBeNull();

    // The facilitator grants in any group; the room's own floor stays the facilitator's alone.
    expect(
      (await s.act(s.facilitator, { type: 'grantTurn', participantId: s.d.participantId })).status,
    ).toBe(200);
    await waitFor(() => s.floors()[s.g2.id]?.speaking.current?.participantId === s.d.participantId);
    const roomEnd = await s.act(s.c, { type: 'endTurn' });
    expect(roomEnd.status).toBe(403);
  });

  it('GROUPEQ-2: a turn in a group counts in the group airtime and the whole meetup; recall ends the turns; the report lists each group’s', async () => {
    const s = await twoGroups();
    await s.act(s.facilitator, {
      type: 'setGroupHost',
      groupId: s.g1.id,
      participantId: s.a.participantId,
    });
    await s.act(s.a, { type: 'grantTurn', participantId: s.b.participantId });
    expect((await s.act(s.a, { type: 'endTurn' })).status).toBe(200);
    await s.act(s.facilitator, { type: 'grantTurn', participantId: s.c.participantId });
    await waitFor(
      () => s.floors()[s.g1.id]?.airtime.byParticipant[s.b.participantId],
      5000,
      'group airtime',
    );
    const group = s.floors()[s.g1.id]!.airtime;
    expect(group.byParticipant[s.b.participantId]!.turns).toBe(1);
    expect(group.byParticipant[s.c.participantId]).toBeUndefined();
    const meetup = readAirtime(s.state().get(AIRTIME_KEY));
    expect(meetup.byParticipant[s.b.participantId]!.turns).toBe(1);

    expect((await s.act(s.facilitator, { type: 'endBreakout' })).status).toBe(200);
    await waitFor(() => s.floors()[s.g2.id]?.speaking.current === null, 5000, 'recall');
    expect(s.floors()[s.g2.id]!.airtime.byParticipant[s.c.participantId]!.turns).toBe(1);
    expect(readAirtime(s.state().get(AIRTIME_KEY)).byParticipant[s.c.participantId]!.turns).toBe(1);
    expect(s.floors()[s.g1.id]!.host).toBeNull();

    // The report lists speaking time per group after the whole meetup's.
    const response = await fetch(`${s.server.url}/api/workshops/${s.workshop.id}/export.md`, {
      headers: { authorization: `Bearer ${s.facilitator.token}` },
    });
    const report = await response.text();
    expect(report).toContain('Taletid i gruppene');
    expect(report).toContain('Gruppe 1');
  });

  it('GROUPEQ-3: a member takes the empty host seat; others cannot take it, appoint someone or sit in another group; a move or removal empties it', async () => {
    const s = await twoGroups();
    const seat = (who: SessionReply, groupId: string, participantId: string | null) =>
      s.act(who, { type: 'setGroupHost', groupId, participantId });
    const foreign = await seat(s.c, s.g1.id, s.c.participantId);
    expect([foreign.status, errorCode(foreign.body)]).toEqual([403, 'NOT_IN_GROUP']);
    const appoint = await seat(s.a, s.g1.id, s.b.participantId);
    expect([appoint.status, errorCode(appoint.body)]).toEqual([403, 'FORBIDDEN']);
    expect((await seat(s.a, s.g1.id, s.a.participantId)).status).toBe(200);
    const taken = await seat(s.b, s.g1.id, s.b.participantId);
    expect([taken.status, errorCode(taken.body)]).toEqual([409, 'CONFLICT']);
    const clear = await seat(s.b, s.g1.id, null);
    expect(clear.status).toBe(403);
    const outsider = await seat(s.facilitator, s.g1.id, s.c.participantId);
    expect([outsider.status, errorCode(outsider.body)]).toEqual([403, 'NOT_IN_GROUP']);
    const unknown = await seat(s.facilitator, 'no-such-group', null);
    expect([unknown.status, errorCode(unknown.body)]).toEqual([404, 'GROUP_NOT_FOUND']);
    // The facilitator may always set the seat.
    expect((await seat(s.facilitator, s.g1.id, s.b.participantId)).status).toBe(200);
    await waitFor(() => s.floors()[s.g1.id]?.host === s.b.participantId, 5000, 'new host');

    await s.act(s.facilitator, {
      type: 'moveParticipant',
      participantId: s.b.participantId,
      groupId: s.g2.id,
    });
    await waitFor(() => s.floors()[s.g1.id]?.host === null, 5000, 'the seat to empty');
    const moved = await s.act(s.b, { type: 'grantTurn', participantId: s.a.participantId });
    expect(moved.status).toBe(403);

    // A host removed from the workshop leaves the seat too.
    expect((await seat(s.c, s.g2.id, s.c.participantId)).status).toBe(200);
    await s.act(s.facilitator, { type: 'removeParticipant', participantId: s.c.participantId });
    await waitFor(() => s.floors()[s.g2.id]?.host === null, 5000, 'the removed host’s seat');

    await s.act(s.facilitator, { type: 'endBreakout' });
    const after = await seat(s.a, s.g1.id, s.a.participantId);
    expect([after.status, errorCode(after.body)]).toEqual([409, 'NO_BREAKOUT']);
  });

  it('GROUPEQ-4: a group vote is its members’ only, on its frame; a vote for all groups gives each their own frame; tallies stay hidden', async () => {
    const s = await twoGroups();
    const boardOfA = await noteInFrame(s, s.a, s.g1.frameId, 'n1');
    const boardOfC = await noteInFrame(s, s.c, s.g2.frameId, 'n2');
    // Each note relayed to the other writer: both are stored on the server (stored before relayed).
    await waitFor(
      () => boardOfC.getMap(BOARD_ITEMS).has('n1') && boardOfA.getMap(BOARD_ITEMS).has('n2'),
      5000,
      'both notes',
    );

    const opened = await s.act(s.facilitator, {
      type: 'startVote',
      dotsPerParticipant: 2,
      groupId: s.g1.id,
    });
    expect(opened.status).toBe(200);
    await waitFor(() => s.state().get(VOTE_KEY), 5000, 'the vote');
    expect(s.state().get(VOTE_KEY)).toMatchObject({ groupId: s.g1.id, frameId: s.g1.frameId });
    const outsider = await s.act(s.c, { type: 'castVote', itemId: 'n1' });
    expect([outsider.status, errorCode(outsider.body)]).toEqual([403, 'NOT_IN_GROUP']);
    const wrongFrame = await s.act(s.a, { type: 'castVote', itemId: 'n2' });
    expect([wrongFrame.status, errorCode(wrongFrame.body)]).toEqual([409, 'ITEM_NOT_VOTABLE']);
    expect((await s.act(s.b, { type: 'castVote', itemId: 'n1' })).status).toBe(200);
    await waitFor(() => (s.state().get(VOTE_KEY) as { voters?: number }).voters === 1);
    expect(JSON.stringify(s.state().get(VOTE_KEY))).not.toContain('n1');
    const closed = await s.act(s.facilitator, { type: 'closeVote' });
    expect(closed.body).toMatchObject({ tallies: [{ itemId: 'n1', count: 1 }] });

    expect(
      (await s.act(s.facilitator, { type: 'startVote', dotsPerParticipant: 1, allGroups: true }))
        .status,
    ).toBe(200);
    expect((await s.act(s.c, { type: 'castVote', itemId: 'n1' })).status).toBe(409);
    expect((await s.act(s.c, { type: 'castVote', itemId: 'n2' })).status).toBe(200);
    expect((await s.act(s.a, { type: 'castVote', itemId: 'n1' })).status).toBe(200);
    const budget = await s.act(s.a, { type: 'castVote', itemId: 'n1' });
    expect(errorCode(budget.body)).toBe('VOTE_BUDGET_EXHAUSTED');
    const facilitator = await s.act(s.facilitator, { type: 'castVote', itemId: 'n1' });
    expect(facilitator.status).toBe(403);
    const all = await s.act(s.facilitator, { type: 'closeVote' });
    expect((all.body as { tallies: unknown[] }).tallies).toHaveLength(2);
  });

  it('GROUPEQ-4: a group vote needs a running breakout and one of its groups, and no other scope', async () => {
    const s = await twoGroups();
    const both = await s.act(s.facilitator, {
      type: 'startVote',
      dotsPerParticipant: 1,
      groupId: s.g1.id,
      frameId: s.g1.frameId,
    });
    expect(both.status).toBe(400);
    const unknown = await s.act(s.facilitator, {
      type: 'startVote',
      dotsPerParticipant: 1,
      groupId: 'nope',
    });
    expect([unknown.status, errorCode(unknown.body)]).toEqual([404, 'GROUP_NOT_FOUND']);
    const byMember = await s.act(s.a, {
      type: 'startVote',
      dotsPerParticipant: 1,
      groupId: s.g1.id,
    });
    expect(byMember.status).toBe(403);
    await s.act(s.facilitator, { type: 'endBreakout' });
    const ended = await s.act(s.facilitator, {
      type: 'startVote',
      dotsPerParticipant: 1,
      allGroups: true,
    });
    expect([ended.status, errorCode(ended.body)]).toEqual([409, 'NO_BREAKOUT']);
    const silent = await s.act(s.facilitator, {
      type: 'startSilentWriting',
      phase: 'explore',
      reveal: 'attributed',
      groupId: s.g1.id,
    });
    expect([silent.status, errorCode(silent.body)]).toEqual([409, 'NO_BREAKOUT']);
  });

  it('GROUPEQ-5: a group’s silent writing takes its members’ drafts only and reveals them in its frame with the group', async () => {
    const s = await twoGroups();
    const phase = 'explore';
    const started = await s.act(s.facilitator, {
      type: 'startSilentWriting',
      phase,
      reveal: 'attributed',
      groupId: s.g1.id,
    });
    expect(started.status).toBe(200);
    const outsider = await s.act(s.c, { type: 'saveDraft', text: 'Ikke min gruppe', phase });
    expect([outsider.status, errorCode(outsider.body)]).toEqual([403, 'NOT_IN_GROUP']);
    expect((await s.act(s.a, { type: 'saveDraft', text: 'Lys i krysset', phase })).status).toBe(
      200,
    );

    // The other group writes on the board as usual; the silent group's notes wait for the reveal.
    const boardOfC = await noteInFrame(s, s.c, s.g2.frameId, 'open-note');
    const boardOfA = await noteInFrame(s, s.a, s.g1.frameId, 'held-note');
    await waitFor(() => boardOfA.getMap(BOARD_ITEMS).has('open-note'), 5000, 'the open note');
    expect(boardOfC.getMap(BOARD_ITEMS).has('held-note')).toBe(false);

    expect((await s.act(s.facilitator, { type: 'revealDrafts' })).status).toBe(200);
    const items = boardOfC.getMap<Y.Map<unknown>>(BOARD_ITEMS);
    const revealed = () => [...items.values()].find((item) => item.get('text') === 'Lys i krysset');
    await waitFor(revealed, 5000, 'the revealed draft');
    const note = revealed()!;
    expect(note.get('group')).toBe(s.g1.id);
    const frame = items.get(s.g1.frameId)!;
    const [fx, fy] = [frame.get('x') as number, frame.get('y') as number];
    expect(note.get('x') as number).toBeGreaterThanOrEqual(fx);
    expect(note.get('y') as number).toBeGreaterThanOrEqual(fy);
    expect(note.get('x') as number).toBeLessThan(fx + (frame.get('w') as number));
  });
});
