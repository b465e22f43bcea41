import {
  BREAKOUT_KEY,
  CONTROL_ROOT,
  GROUP_FLOORS_KEY,
  readBreakout,
  readGroupFloors,
  type BreakoutState,
  type SessionReply,
} from '@moteplass/shared';
import { expect } from 'vitest';
import {
  connect,
  createWorkshop,
  joinAsFacilitator,
  joinAsParticipant,
  postAction,
  startServer,
  waitFor,
} from './helper.js';

/** Four people, two citizens and two professionals: `roles` deals them into two groups of two. */
const ROLES = ['innbygger', 'kommuneansatt', 'innbygger', 'politiker'] as const;

/**
 * A workshop of four participants and the facilitator, watched through the
 * facilitator's control socket: the set-up of the equality-inside-groups
 * tests (real HTTP for the actions, real sockets for what clients see).
 * `boardOpen`: every participant also has the board open (present).
 */
export async function groupRoom({ boardOpen = false } = {}) {
  const server = await startServer();
  const workshop = await createWorkshop(server.url, { title: 'Trygg skolevei', language: 'nb' });
  const facilitator = await joinAsFacilitator(server.url, workshop);
  const people: SessionReply[] = [];
  for (const role of ROLES) {
    const person = await joinAsParticipant(server.url, workshop, role);
    if (boardOpen) await connect(server.wsUrl, workshop.id, 'board', person.token);
    people.push(person);
  }
  const act = (who: SessionReply, action: Record<string, unknown>) =>
    postAction(server.url, workshop.id, who.token, action);
  const control = (await connect(server.wsUrl, workshop.id, 'control', facilitator.token)).doc;
  const state = () => control.getMap(CONTROL_ROOT);
  const floors = () => readGroupFloors(state().get(GROUP_FLOORS_KEY));
  const breakout = () => readBreakout(state().get(BREAKOUT_KEY));
  return { server, workshop, facilitator, people, act, state, floors, breakout };
}

type Group = BreakoutState['groups'][number];

/** The room split into two groups of two (mix `roles`); a, b in the first, c, d in the second. */
export async function twoGroups({ boardOpen = false } = {}) {
  const room = await groupRoom({ boardOpen });
  const started = await room.act(room.facilitator, {
    type: 'startBreakout',
    groupSize: 3,
    mix: 'roles',
  });
  expect(started.status).toBe(200);
  await waitFor(() => room.breakout(), 5000, 'the breakout');
  const groups = room.breakout()!.groups as Group[];
  expect(groups).toHaveLength(2);
  const session = (id: string) => room.people.find((p) => p.participantId === id)!;
  const [g1, g2] = groups as [Group, Group];
  const [a, b] = g1.members.map(session) as [SessionReply, SessionReply];
  const [c, d] = g2.members.map(session) as [SessionReply, SessionReply];
  return { ...room, g1, g2, a, b, c, d };
}

export const errorCode = (body: unknown) => (body as { error?: { code?: string } }).error?.code;
