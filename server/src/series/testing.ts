import { randomBytes } from 'node:crypto';
import {
  BOARD_ITEMS,
  CONTROL_ROOT,
  type CreateWorkshopReply,
  type Role,
  type SessionReply,
} from '@moteplass/shared';
import type { FastifyInstance, InjectOptions } from 'fastify';
import * as Y from 'yjs';
import { buildApp } from '../app.js';
import { MemoryStorage, type Storage } from '../storage/index.js';

/**
 * Test support for the series folder (not part of its public face): a real
 * app on memory storage, driven through the public HTTP API as a client would.
 */
export interface Reply {
  status: number;
  json: Record<string, unknown>;
  code: string | undefined;
  body: string;
  raw: Buffer;
  headers: Record<string, unknown>;
}

export async function seriesApp(storage: Storage = new MemoryStorage()) {
  const app: FastifyInstance = await buildApp({ storage, sessionSecret: randomBytes(32) });

  async function request(options: InjectOptions): Promise<Reply> {
    const response = await app.inject(options);
    const isJson = /application\/json/.test(String(response.headers['content-type']));
    const json = (isJson ? response.json() : {}) as Record<string, unknown>;
    const error = json.error as { code?: string } | undefined;
    return {
      status: response.statusCode,
      json,
      code: error?.code,
      body: response.body,
      raw: response.rawPayload,
      headers: response.headers,
    };
  }

  async function createWorkshop(payload: Record<string, unknown>) {
    const reply = await request({ method: 'POST', url: '/api/workshops', payload });
    return { reply, workshop: reply.json as unknown as CreateWorkshopReply };
  }

  async function facilitator(workshop: CreateWorkshopReply): Promise<string> {
    const reply = await request({
      method: 'POST',
      url: `/api/workshops/${workshop.id}/sessions`,
      payload: { facilitatorKey: workshop.facilitatorKey },
    });
    return (reply.json as unknown as SessionReply).token;
  }

  async function participant(workshop: CreateWorkshopReply, role: Role): Promise<string> {
    const reply = await request({
      method: 'POST',
      url: `/api/workshops/${workshop.id}/sessions`,
      payload: { joinCode: workshop.joinCode, role },
    });
    return (reply.json as unknown as SessionReply).token;
  }

  function act(workshopId: string, token: string, payload: Record<string, unknown>) {
    return request({
      method: 'POST',
      url: `/api/workshops/${workshopId}/actions`,
      headers: { authorization: `Bearer ${token}` },
      payload,
    });
  }

  function get(url: string, token?: string) {
    return request({
      method: 'GET',
      url,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  }

  /** The control document as every client receives it. */
  async function control(workshopId: string): Promise<Record<string, unknown>> {
    const room = await app.rooms.get(workshopId, 'control');
    return room.doc.getMap(CONTROL_ROOT).toJSON();
  }

  /** Items as a participant's client would have put them on the board. */
  async function putItems(workshopId: string, items: Record<string, Record<string, unknown>>) {
    const room = await app.rooms.get(workshopId, 'board');
    await room.change((doc) => {
      const map = doc.getMap<Y.Map<unknown>>(BOARD_ITEMS);
      for (const [id, fields] of Object.entries(items))
        map.set(id, new Y.Map(Object.entries(fields)));
    });
  }

  async function boardItems(workshopId: string): Promise<Record<string, Record<string, unknown>>> {
    const room = await app.rooms.get(workshopId, 'board');
    return room.doc.getMap(BOARD_ITEMS).toJSON() as Record<string, Record<string, unknown>>;
  }

  return {
    app,
    storage,
    request,
    createWorkshop,
    facilitator,
    participant,
    act,
    get,
    control,
    putItems,
    boardItems,
  };
}

const at = { x: 0, y: 0, w: 200, h: 120 };

export const actionCard = (text: string, phase = 'produce') => ({
  type: 'action',
  ...at,
  phase,
  text,
  owner: 'Bydelen',
  resources: '',
  dueDate: '2026-03-01',
  author: 'someone-earlier',
});

export const indicatorCard = (text: string, baseline = '10', target = '40') => ({
  type: 'indicator',
  ...at,
  phase: 'produce',
  kind: 'outcome',
  text,
  baseline,
  target,
  measure: 'Telling',
});

export const note = (text: string, phase = 'produce') => ({
  type: 'note',
  ...at,
  phase,
  text,
  color: 'yellow',
});
