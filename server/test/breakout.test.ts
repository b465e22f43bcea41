import {
  BOARD_ITEMS,
  BREAKOUT_KEY,
  CONTROL_ROOT,
  ROLES,
  readBreakout,
  type BreakoutState,
  type Role,
  type SessionReply,
} from '@moteplass/shared';
import fc from 'fast-check';
import type * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addNote,
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
 * Breakout groups through the public API (CONTRACT.md, "Round 2 actions"):
 * real HTTP for the actions, real sockets to see what clients see.
 */
afterEach(cleanup);

async function room(server: TestServer, roles: readonly Role[]) {
  const workshop = await createWorkshop(server.url, { title: 'Trygg skolevei', language: 'nb' });
  const facilitator = await joinAsFacilitator(server.url, workshop);
  const people: SessionReply[] = [];
  for (const role of roles) people.push(await joinAsParticipant(server.url, workshop, role));
  const act = (who: SessionReply, action: Record<string, unknown>) =>
    postAction(server.url, workshop.id, who.token, action);
  return { workshop, facilitator, people, act };
}

type Room = Awaited<ReturnType<typeof room>>;

async function controlOf(server: TestServer, r: Room) {
  const { doc } = await connect(server.wsUrl, r.workshop.id, 'control', r.facilitator.token);
  return () => readBreakout(doc.getMap(CONTROL_ROOT).get(BREAKOUT_KEY));
}

const members = (state: BreakoutState | null) => state?.groups.flatMap((g) => g.members) ?? [];

describe('breakout groups', () => {
  it('BREAK-1 BREAK-2 BREAK-3: any room splits into groups everyone is in once, within one in size, roles mixed', async () => {
    const server = await startServer();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...ROLES), { minLength: 1, maxLength: 24 }),
        fc.integer({ min: 3, max: 8 }),
        fc.constantFrom('random', 'roles'),
        async (roles, groupSize, mix) => {
          const r = await room(server, roles);
          const { status, body } = await r.act(r.facilitator, {
            type: 'startBreakout',
            groupSize,
            mix,
          });
          expect(status).toBe(200);
          const groups = (body as { groups: { members: string[] }[] }).groups;
          const ids = groups.flatMap((g) => g.members);
          expect([...ids].sort()).toEqual(r.people.map((p) => p.participantId).sort());
          expect(ids).not.toContain(r.facilitator.participantId);
          const sizes = groups.map((g) => g.members.length);
          expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
          expect(Math.max(...sizes)).toBeLessThanOrEqual(groupSize);
          const citizens = roles.filter((role) => role === 'innbygger').length;
          if (mix === 'roles' && citizens >= groups.length) {
            const citizenIds = new Set(
              r.people.filter((_, i) => roles[i] === 'innbygger').map((p) => p.participantId),
            );
            for (const g of groups) expect(g.members.some((id) => citizenIds.has(id))).toBe(true);
          }
        },
      ),
      { seed: 19, numRuns: 12 },
    );
  });

  it('BREAK-6: each group gets a frame with its group id in the current phase, side by side without overlap', async () => {
    const server = await startServer();
    const r = await room(server, [
      'innbygger',
      'innbygger',
      'forsker',
      'politiker',
      'annet',
      'frivillig',
      'kommuneansatt',
    ]);
    const board = await connect(server.wsUrl, r.workshop.id, 'board', r.facilitator.token);
    await r.act(r.facilitator, { type: 'setPhase', phase: 'design' });
    expect(
      (await r.act(r.facilitator, { type: 'startBreakout', groupSize: 3, mix: 'roles' })).status,
    ).toBe(200);
    const read = await controlOf(server, r);
    await waitFor(() => read()?.groups.length === 3, 5000, 'the groups');
    const state = read()!;
    expect(state.status).toBe('running');
    expect(state.groups.map((g) => g.name)).toEqual(['Gruppe 1', 'Gruppe 2', 'Gruppe 3']);
    const items = board.doc.getMap<Y.Map<unknown>>(BOARD_ITEMS);
    await waitFor(() => state.groups.every((g) => items.has(g.frameId)), 5000, 'the frames');
    const frames = state.groups.map((g) => items.get(g.frameId)!.toJSON());
    for (const [i, frame] of frames.entries()) {
      expect(frame).toMatchObject({
        type: 'frame',
        phase: 'design',
        group: state.groups[i]!.id,
        title: `Gruppe ${i + 1}`,
      });
    }
    const phaseFrame = items.get('frame-design')!.toJSON() as {
      x: number;
      y: number;
      w: number;
      h: number;
    };
    const rects = [phaseFrame, ...frames] as { x: number; y: number; w: number; h: number }[];
    for (const [i, a] of rects.entries()) {
      for (const b of rects.slice(i + 1)) {
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart).toBe(true);
      }
    }
  });

  it('BREAK-4: somebody who joins during the breakout goes to the smallest group', async () => {
    const server = await startServer();
    const r = await room(server, ['innbygger', 'innbygger', 'forsker', 'politiker', 'annet']);
    await r.act(r.facilitator, { type: 'startBreakout', groupSize: 3, mix: 'random' });
    const read = await controlOf(server, r);
    await waitFor(() => read() !== null);
    const smallest = [...read()!.groups].sort((a, b) => a.members.length - b.members.length)[0]!;
    const late = await joinAsParticipant(server.url, r.workshop, 'naringsliv');
    await waitFor(() => members(read()).includes(late.participantId), 5000, 'the late joiner');
    expect(read()!.groups.find((g) => g.id === smallest.id)!.members).toContain(late.participantId);
    expect(members(read()).filter((id) => id === late.participantId)).toHaveLength(1);
  });

  it('BREAK-1: moving a person leaves them in exactly the group they were moved to', async () => {
    const server = await startServer();
    const r = await room(server, [
      'innbygger',
      'forsker',
      'politiker',
      'annet',
      'frivillig',
      'innbygger',
    ]);
    await r.act(r.facilitator, { type: 'startBreakout', groupSize: 3, mix: 'roles' });
    const read = await controlOf(server, r);
    await waitFor(() => read() !== null);
    const [first, second] = read()!.groups;
    const who = first!.members[0]!;
    const moved = await r.act(r.facilitator, {
      type: 'moveParticipant',
      participantId: who,
      groupId: second!.id,
    });
    expect(moved.status).toBe(200);
    await waitFor(() => read()!.groups[1]!.members.includes(who));
    expect(read()!.groups[0]!.members).not.toContain(who);
    expect(members(read()).filter((id) => id === who)).toHaveLength(1);
    expect(
      (await r.act(r.facilitator, { type: 'moveParticipant', participantId: who, groupId: 'nope' }))
        .body,
    ).toMatchObject({ error: { code: 'GROUP_NOT_FOUND' } });
    expect(
      (
        await r.act(r.facilitator, {
          type: 'moveParticipant',
          participantId: r.facilitator.participantId,
          groupId: second!.id,
        })
      ).status,
    ).toBe(400);
  });

  it('BREAK-8: only the facilitator starts, moves, broadcasts and ends; only members rename their group', async () => {
    const server = await startServer();
    const r = await room(server, [
      'innbygger',
      'forsker',
      'politiker',
      'annet',
      'frivillig',
      'innbygger',
    ]);
    const [kari] = r.people;
    const denied = async (action: Record<string, unknown>) => {
      const answer = await r.act(kari!, action);
      expect(answer.status).toBe(403);
      expect(answer.body).toMatchObject({ error: { code: 'FORBIDDEN' } });
    };
    await denied({ type: 'startBreakout', groupSize: 3, mix: 'random' });
    expect((await r.act(r.facilitator, { type: 'broadcast', text: 'Hei' })).body).toMatchObject({
      error: { code: 'NO_BREAKOUT' },
    });
    expect(
      (await r.act(r.facilitator, { type: 'startBreakout', groupSize: 2, mix: 'random' })).status,
    ).toBe(400);
    expect(
      (await r.act(r.facilitator, { type: 'startBreakout', groupSize: 3, mix: 'random' })).status,
    ).toBe(200);
    expect(
      (await r.act(r.facilitator, { type: 'startBreakout', groupSize: 3, mix: 'random' })).body,
    ).toMatchObject({
      error: { code: 'BREAKOUT_RUNNING' },
    });
    const read = await controlOf(server, r);
    await waitFor(() => read() !== null);
    const own = read()!.groups.find((g) => g.members.includes(kari!.participantId))!;
    const other = read()!.groups.find((g) => g !== own)!;
    await denied({
      type: 'moveParticipant',
      participantId: kari!.participantId,
      groupId: other.id,
    });
    await denied({ type: 'broadcast', text: 'Alle hit' });
    await denied({ type: 'endBreakout' });
    const notMine = await r.act(kari!, {
      type: 'renameGroup',
      groupId: other.id,
      name: 'Vi andre',
    });
    expect(notMine.body).toMatchObject({ error: { code: 'NOT_IN_GROUP' } });
    expect(
      (await r.act(kari!, { type: 'renameGroup', groupId: own.id, name: 'Skoleveien' })).status,
    ).toBe(200);
    await waitFor(() => read()!.groups.find((g) => g.id === own.id)!.name === 'Skoleveien');
  });

  it('broadcast reaches the control document; BREAK-7: ending keeps frames, notes and the groups', async () => {
    const server = await startServer();
    const r = await room(server, ['innbygger', 'forsker', 'politiker']);
    await r.act(r.facilitator, { type: 'startBreakout', groupSize: 3, mix: 'random' });
    const read = await controlOf(server, r);
    await waitFor(() => read() !== null);
    expect(
      (await r.act(r.facilitator, { type: 'broadcast', text: 'Fem minutter igjen' })).status,
    ).toBe(200);
    await waitFor(() => read()?.broadcast?.text === 'Fem minutter igjen', 5000, 'the broadcast');
    const board = await connect(server.wsUrl, r.workshop.id, 'board', r.people[0]!.token);
    addNote(board.doc, 'note-1', 'Fotgjengerfelt ved skolen');
    const items = board.doc.getMap<Y.Map<unknown>>(BOARD_ITEMS);
    const group = read()!.groups[0]!;
    await waitFor(() => items.get('note-1')?.get('group') === group.id, 5000, 'the group tag');
    expect((await r.act(r.facilitator, { type: 'endBreakout' })).status).toBe(200);
    await waitFor(() => read()?.status === 'ended');
    expect(read()!.groups.map((g) => g.id)).toEqual([group.id]);
    expect(read()!.broadcast).toBeUndefined();
    expect(items.get(group.frameId)?.get('group')).toBe(group.id);
    expect(items.get('note-1')?.get('text')).toBe('Fotgjengerfelt ved skolen');
    expect((await r.act(r.facilitator, { type: 'endBreakout' })).body).toMatchObject({
      error: { code: 'NO_BREAKOUT' },
    });
  });

  it('BREAK-5: the server gives a new note its author’s group, whatever group the client claimed', async () => {
    const server = await startServer();
    const r = await room(server, [
      'innbygger',
      'forsker',
      'politiker',
      'annet',
      'frivillig',
      'innbygger',
    ]);
    const outsider = await connect(server.wsUrl, r.workshop.id, 'board', r.people[0]!.token);
    addNote(outsider.doc, 'before', 'Før gruppene');
    await r.act(r.facilitator, { type: 'startBreakout', groupSize: 3, mix: 'random' });
    const read = await controlOf(server, r);
    await waitFor(() => read() !== null);
    const me = r.people[1]!;
    const mine = read()!.groups.find((g) => g.members.includes(me.participantId))!;
    const theirs = read()!.groups.find((g) => g !== mine)!;
    const { doc } = await connect(server.wsUrl, r.workshop.id, 'board', me.token);
    addNote(doc, 'claimed', 'Jeg later som jeg er i en annen gruppe');
    doc.getMap<Y.Map<unknown>>(BOARD_ITEMS).get('claimed')!.set('group', theirs.id);
    const items = doc.getMap<Y.Map<unknown>>(BOARD_ITEMS);
    await waitFor(
      () => items.get('claimed')?.get('group') === mine.id,
      5000,
      'the corrected group',
    );
    expect(items.get('before')?.get('group')).toBeUndefined();
    // An anonymous note names no group: in a group of five that would all but name its author.
    addNote(doc, 'anonymous', 'Ingen skal vite hvem');
    items.get('anonymous')!.set('anonymous', true);
    items.get('anonymous')!.set('group', mine.id);
    await waitFor(() => items.get('anonymous')?.get('group') === undefined, 5000, 'no group');
  });

  it('BREAK-9: the CSV has a group column and the Markdown a section per group', async () => {
    const server = await startServer();
    const r = await room(server, ['innbygger', 'forsker', 'politiker']);
    await r.act(r.facilitator, { type: 'startBreakout', groupSize: 3, mix: 'random' });
    const read = await controlOf(server, r);
    await waitFor(() => read() !== null);
    const group = read()!.groups[0]!;
    await r.act(r.people[0]!, { type: 'renameGroup', groupId: group.id, name: 'Skoleveien' });
    const board = await connect(server.wsUrl, r.workshop.id, 'board', r.people[0]!.token);
    addNote(board.doc, 'note-1', 'Fotgjengerfelt ved skolen');
    const items = board.doc.getMap<Y.Map<unknown>>(BOARD_ITEMS);
    await waitFor(() => items.get('note-1')?.get('group') === group.id);
    const fetchExport = async (ext: string) => {
      const response = await fetch(`${server.url}/api/workshops/${r.workshop.id}/export.${ext}`, {
        headers: { authorization: `Bearer ${r.facilitator.token}` },
      });
      expect(response.status).toBe(200);
      return response.text();
    };
    const rows = (await fetchExport('csv')).slice(1).split('\r\n');
    expect(rows[0]!.split(';').at(-1)).toBe('"Gruppe"');
    const noteRow = rows.find((row) => row.includes('Fotgjengerfelt ved skolen'))!;
    expect(noteRow.split(';').at(-1)).toBe('"Skoleveien"');
    const markdown = await fetchExport('md');
    const section = markdown.indexOf('Skoleveien');
    expect(section).toBeGreaterThan(-1);
    expect(markdown.indexOf('Fotgjengerfelt ved skolen', section)).toBeGreaterThan(section);
  });
});
