import { SPEAKING_KEY, readSpeaking, type SessionReply } from '@moteplass/shared';
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { cleanup, waitFor } from './helper.js';
import { groupRoom } from './group-room.js';

/**
 * Hands raised in the room before a breakout (docs/breakout.md, "Equality
 * inside groups"): they go to the raisers' group queues when the breakout
 * starts, or when a person picks a group; recall lowers them.
 */
afterEach(cleanup);

/** The room's own speakers' queue. */
const roomQueue = (s: { state: () => Y.Map<unknown> }) =>
  readSpeaking(s.state().get(SPEAKING_KEY)).queue;

const ids = (hands: readonly { participantId: string }[]) => hands.map((h) => h.participantId);

describe('hands raised before a breakout', () => {
  it('GROUPEQ-6: the room’s raised hands go to the raisers’ group queues in raise order when the breakout starts; recall lowers them', async () => {
    const s = await groupRoom();
    const [p0, p1, p2, p3] = s.people as [SessionReply, SessionReply, SessionReply, SessionReply];
    // Raised one after the other: p3 first, then p0, then p2; p1 keeps theirs down.
    for (const who of [p3, p0, p2]) {
      expect((await s.act(who, { type: 'raiseHand' })).status).toBe(200);
    }
    await waitFor(() => roomQueue(s).length === 3, 5000, 'the room queue');
    const raised = ids(roomQueue(s));

    expect(
      (await s.act(s.facilitator, { type: 'startBreakout', groupSize: 3, mix: 'roles' })).status,
    ).toBe(200);
    await waitFor(() => s.breakout()?.status === 'running', 5000, 'the breakout');
    await waitFor(() => roomQueue(s).length === 0, 5000, 'the hands to move');
    const groups = s.breakout()!.groups;
    for (const group of groups) {
      const expected = raised.filter((id) => group.members.includes(id));
      expect(ids(s.floors()[group.id]?.speaking.queue ?? [])).toEqual(expected);
    }
    // Everyone who had a hand up still has one, in exactly one group; nobody else does.
    const all = groups.flatMap((g) => ids(s.floors()[g.id]?.speaking.queue ?? []));
    expect(all.sort()).toEqual([p0, p2, p3].map((p) => p.participantId).sort());
    expect(all).not.toContain(p1.participantId);

    expect((await s.act(s.facilitator, { type: 'endBreakout' })).status).toBe(200);
    await waitFor(() => s.breakout()?.status === 'ended', 5000, 'the recall');
    for (const group of groups) expect(s.floors()[group.id]?.speaking.queue ?? []).toEqual([]);
    // Lowered, not sent back: the room's queue starts empty after the recall.
    expect(roomQueue(s)).toEqual([]);
  });

  it('GROUPEQ-6: with mix "choose" a raised hand waits in the room until its raiser picks a group, or the choice closes', async () => {
    const s = await groupRoom();
    const [p0, p1] = s.people as [SessionReply, SessionReply];
    await s.act(p0, { type: 'raiseHand' });
    await s.act(p1, { type: 'raiseHand' });
    await s.act(s.facilitator, { type: 'startBreakout', groupSize: 3, mix: 'choose' });
    await waitFor(() => s.breakout()?.status === 'running', 5000, 'the breakout');
    expect(ids(roomQueue(s))).toEqual([p0.participantId, p1.participantId]);

    const [first] = s.breakout()!.groups;
    expect((await s.act(p0, { type: 'joinGroup', groupId: first!.id })).status).toBe(200);
    await waitFor(() => roomQueue(s).length === 1, 5000, 'the picked hand to move');
    expect(ids(s.floors()[first!.id]!.speaking.queue)).toEqual([p0.participantId]);

    expect((await s.act(s.facilitator, { type: 'closeChoice' })).status).toBe(200);
    await waitFor(() => roomQueue(s).length === 0, 5000, 'the placed hand to move');
    const p1Group = s.breakout()!.groups.find((g) => g.members.includes(p1.participantId))!;
    expect(ids(s.floors()[p1Group.id]!.speaking.queue)).toContain(p1.participantId);
  });
});
