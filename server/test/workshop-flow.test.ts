import {
  BOARD_ITEMS,
  CLOSE_CODES,
  CONTROL_ROOT,
  readPresence,
  type InvitationReply,
  type ParticipantListReply,
} from '@moteplass/shared';
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import {
  cleanup,
  connect,
  createWorkshop,
  joinAsFacilitator,
  joinAsParticipant,
  openRawSocket,
  postAction,
  startServer,
  upgradeStatus,
  waitFor,
} from './helper.js';

/** Issue 4 over real HTTP and real sockets: templates, the console's endpoints, removal. */
afterEach(cleanup);

async function getJson(url: string, token?: string) {
  const response = await fetch(url, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('creating a workshop from a template', () => {
  it('lays out the four phase frames, titled in the workshop’s language, with their prompts', async () => {
    const server = await startServer();
    const workshop = await createWorkshop(server.url, { title: 'Einsemd', language: 'nn' });
    const facilitator = await joinAsFacilitator(server.url, workshop);
    const board = await connect(server.wsUrl, workshop.id, 'board', facilitator.token);

    const items = board.doc.getMap<Y.Map<unknown>>(BOARD_ITEMS);
    const frames = [...items.values()]
      .map((item) => item.toJSON() as Record<string, unknown>)
      .filter((item) => item.type === 'frame');
    expect(frames.map((frame) => [frame.phase, frame.title])).toEqual([
      ['explore', 'Utforske'],
      ['design', 'Designe'],
      ['prototype', 'Prøve ut'],
      ['produce', 'Produsere'],
    ]);
    const prompts = [...items.values()]
      .map((item) => item.toJSON() as Record<string, unknown>)
      .filter((item) => item.type === 'text' && item.phase === 'explore')
      .map((item) => item.text);
    expect(prompts).toEqual([
      'Kva er problemet?',
      'Kven kjenner det på kroppen?',
      'Kva veit vi allereie?',
    ]);
  });

  it('leaves the board empty with the blank template, and refuses an unknown template', async () => {
    const server = await startServer();
    const workshop = await createWorkshop(server.url, { title: 'Tomt', template: 'blank' });
    const facilitator = await joinAsFacilitator(server.url, workshop);
    const board = await connect(server.wsUrl, workshop.id, 'board', facilitator.token);
    expect(board.doc.getMap(BOARD_ITEMS).size).toBe(0);

    const response = await fetch(`${server.url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'X', template: 'kanban' }),
    });
    expect(response.status).toBe(400);
  });
});

describe('the facilitator’s console endpoints', () => {
  it('AUTH-6: lists participants with their connection, for the facilitator only', async () => {
    const server = await startServer();
    const workshop = await createWorkshop(server.url);
    const facilitator = await joinAsFacilitator(server.url, workshop);
    const kari = await joinAsParticipant(server.url, workshop, 'innbygger', 'Kari');
    const ola = await joinAsParticipant(server.url, workshop, 'politiker');
    await connect(server.wsUrl, workshop.id, 'board', kari.token);
    const url = `${server.url}/api/workshops/${workshop.id}/participants`;

    expect((await getJson(url)).status).toBe(401);
    expect((await getJson(url, ola.token)).status).toBe(403);
    const { status, body } = await getJson(url, facilitator.token);
    expect(status).toBe(200);
    const list = body as ParticipantListReply;
    expect(list.participants).toEqual([
      expect.objectContaining({
        id: facilitator.participantId,
        facilitator: true,
        connected: false,
      }),
      expect.objectContaining({
        id: kari.participantId,
        name: 'Kari',
        role: 'innbygger',
        connected: true,
      }),
      expect.objectContaining({
        id: ola.participantId,
        name: null,
        role: 'politiker',
        connected: false,
      }),
    ]);
    expect(list.presence.byRole.innbygger).toBe(1);
  });

  it('PRIV-3: keeps public counts by role in the control document as people come and go', async () => {
    const server = await startServer();
    const workshop = await createWorkshop(server.url);
    const facilitator = await joinAsFacilitator(server.url, workshop);
    const watcher = await connect(server.wsUrl, workshop.id, 'control', facilitator.token);
    const presence = () => readPresence(watcher.doc.getMap(CONTROL_ROOT).get('presence'));

    const kari = await joinAsParticipant(server.url, workshop, 'innbygger', 'Kari');
    const ola = await joinAsParticipant(server.url, workshop, 'politiker', 'Ola');
    const kariBoard = await connect(server.wsUrl, workshop.id, 'board', kari.token);
    const kariSecondTab = await connect(server.wsUrl, workshop.id, 'board', kari.token);
    await connect(server.wsUrl, workshop.id, 'board', ola.token);
    await waitFor(() => presence().total === 2, 5000, 'two people counted');
    expect(presence().byRole).toMatchObject({ innbygger: 1, politiker: 1 });
    expect(JSON.stringify(watcher.doc.getMap(CONTROL_ROOT).toJSON())).not.toContain('Kari');

    // A person counts once however many tabs, and until the last one closes.
    kariBoard.provider.destroy();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(presence().byRole.innbygger).toBe(1);
    kariSecondTab.provider.destroy();
    await waitFor(() => presence().total === 1, 5000, 'Kari gone from the counts');
    expect(presence().byRole).toMatchObject({ innbygger: 0, politiker: 1 });
  });

  it('AUTH-5, AUTH-6: gives the facilitator the invitation, and a rotated code replaces the old one at once', async () => {
    const server = await startServer();
    const workshop = await createWorkshop(server.url);
    const facilitator = await joinAsFacilitator(server.url, workshop);
    const participant = await joinAsParticipant(server.url, workshop);
    const url = `${server.url}/api/workshops/${workshop.id}/invitation`;
    expect((await getJson(url, participant.token)).status).toBe(403);

    const before = (await getJson(url, facilitator.token)).body as InvitationReply;
    expect(before).toEqual({
      joinCode: workshop.joinCode,
      participantUrl: workshop.participantUrl,
      joinUrl: `${server.url}/join`,
    });

    const rotated = await postAction(server.url, workshop.id, facilitator.token, {
      type: 'rotateJoinCode',
    });
    expect(rotated.status).toBe(200);
    const { joinCode } = rotated.body as { joinCode: string };
    expect(((await getJson(url, facilitator.token)).body as InvitationReply).joinCode).toBe(
      joinCode,
    );
    expect((await getJson(`${server.url}/api/join/${workshop.joinCode}`)).status).toBe(404);
    expect((await getJson(`${server.url}/api/join/${joinCode}`)).status).toBe(200);
  });

  it('tells the time', async () => {
    const server = await startServer();
    const before = Date.now();
    const { status, body } = await getJson(`${server.url}/api/time`);
    expect(status).toBe(200);
    expect((body as { now: number }).now).toBeGreaterThanOrEqual(before);
  });
});

describe('removing a participant', () => {
  it('AUTH-4: closes their open sockets with 4401 at once; their token then answers 401', async () => {
    const server = await startServer();
    const workshop = await createWorkshop(server.url);
    const facilitator = await joinAsFacilitator(server.url, workshop);
    const troll = await joinAsParticipant(server.url, workshop, 'annet');
    const other = await joinAsParticipant(server.url, workshop, 'frivillig');
    const board = await openRawSocket(server.wsUrl, workshop.id, 'board', troll.token);
    const control = await openRawSocket(server.wsUrl, workshop.id, 'control', troll.token);
    const bystander = await openRawSocket(server.wsUrl, workshop.id, 'board', other.token);

    const removed = await postAction(server.url, workshop.id, facilitator.token, {
      type: 'removeParticipant',
      participantId: troll.participantId,
    });
    expect(removed.status).toBe(200);
    expect((await board.closed).code).toBe(CLOSE_CODES.UNAUTHORIZED);
    expect((await control.closed).code).toBe(CLOSE_CODES.UNAUTHORIZED);
    expect(bystander.socket.readyState).toBe(bystander.socket.OPEN);

    const session = await getJson(
      `${server.url}/api/workshops/${workshop.id}/session`,
      troll.token,
    );
    expect(session.status).toBe(401);
    const action = await postAction(server.url, workshop.id, troll.token, { type: 'raiseHand' });
    expect(action.status).toBe(401);
    expect(
      await upgradeStatus(`${server.wsUrl}/ws/workshops/${workshop.id}/board?token=${troll.token}`),
    ).toBe(401);
  });

  it('answers 403 when a participant tries it', async () => {
    const server = await startServer();
    const workshop = await createWorkshop(server.url);
    const a = await joinAsParticipant(server.url, workshop);
    const b = await joinAsParticipant(server.url, workshop);
    const attempt = await postAction(server.url, workshop.id, a.token, {
      type: 'removeParticipant',
      participantId: b.participantId,
    });
    expect(attempt.status).toBe(403);
  });
});
