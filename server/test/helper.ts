import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { CreateWorkshopReply, Role, RoomName, SessionReply } from '@moteplass/shared';
import type { FastifyInstance } from 'fastify';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { buildApp, type AppOptions } from '../src/app.js';
import { MemoryStorage } from '../src/storage/index.js';

/**
 * Scenario-test helpers: a real server on a random port, real HTTP and real
 * sockets. Everything opened here is closed by `cleanup()`; every suite runs
 * it in `afterEach`, so vitest exits without stray sockets or timers.
 */

const openResources: (() => unknown)[] = [];

/** Registers something to close in `cleanup()` (closed in reverse order: clients before servers). */
export function onCleanup(close: () => unknown): void {
  openResources.push(close);
}

export async function cleanup(): Promise<void> {
  for (const close of openResources.splice(0).reverse()) await close();
}

export interface TestServer {
  app: FastifyInstance;
  /** http://127.0.0.1:<port> */
  url: string;
  /** ws://127.0.0.1:<port> */
  wsUrl: string;
  close(): Promise<void>;
}

/** The whole app on 127.0.0.1 and a random port, with in-memory storage unless given one. */
export async function startServer(options: Partial<AppOptions> = {}): Promise<TestServer> {
  const app = await buildApp({
    storage: new MemoryStorage(),
    sessionSecret: randomBytes(32),
    ...options,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const close = () => app.close();
  onCleanup(close);
  return { app, url: `http://127.0.0.1:${port}`, wsUrl: `ws://127.0.0.1:${port}`, close };
}

async function postJson<T>(url: string, body: unknown, expectedStatus = 201): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as T;
  if (response.status !== expectedStatus) {
    throw new Error(`POST ${url} answered ${response.status}: ${JSON.stringify(json)}`);
  }
  return json;
}

export function createWorkshop(
  url: string,
  body: Record<string, unknown> = { title: 'Ny park på Torget' },
): Promise<CreateWorkshopReply> {
  return postJson(`${url}/api/workshops`, body);
}

export function joinAsParticipant(
  url: string,
  workshop: CreateWorkshopReply,
  role: Role = 'innbygger',
  name?: string,
): Promise<SessionReply> {
  return postJson(`${url}/api/workshops/${workshop.id}/sessions`, {
    joinCode: workshop.joinCode,
    role,
    ...(name === undefined ? {} : { name }),
  });
}

export function joinAsFacilitator(
  url: string,
  workshop: CreateWorkshopReply,
): Promise<SessionReply> {
  return postJson(`${url}/api/workshops/${workshop.id}/sessions`, {
    facilitatorKey: workshop.facilitatorKey,
  });
}

/** POST an action with a session token; resolves with the status and body. */
export async function postAction(
  url: string,
  workshopId: string,
  token: string,
  action: Record<string, unknown>,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${url}/api/workshops/${workshopId}/actions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(action),
  });
  return { status: response.status, body: await response.json() };
}

export interface SyncedClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

/** The stock y-websocket client, connected and synced with one room. */
export async function connect(
  wsUrl: string,
  workshopId: string,
  room: RoomName,
  token: string,
): Promise<SyncedClient> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${wsUrl}/ws/workshops/${workshopId}`, room, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as never,
    disableBc: true,
  });
  onCleanup(() => {
    provider.destroy();
    doc.destroy();
  });
  await waitFor(() => provider.synced, 5000, `${room} client to sync`);
  return { doc, provider };
}

/** Polls `condition` until it holds; fails after `timeoutMs`. Never a fixed sleep. */
export async function waitFor(
  condition: () => unknown,
  timeoutMs = 5000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A note as the client creates it: a Y.Map in the board's `items` map. */
export function addNote(doc: Y.Doc, id: string, text: string): void {
  const note = new Y.Map<unknown>();
  doc.transact(() => {
    doc.getMap<Y.Map<unknown>>('items').set(id, note);
    for (const [key, value] of Object.entries({
      type: 'note',
      x: 100,
      y: 80,
      w: 160,
      h: 120,
      phase: 'explore',
      text,
      color: 'yellow',
    })) {
      note.set(key, value);
    }
  });
}

/** The text of a note on a client's board, if the client has it. */
export function noteText(doc: Y.Doc, id: string): unknown {
  return doc.getMap<Y.Map<unknown>>('items').get(id)?.get('text');
}

export interface CloseEvent {
  code: number;
  reason: string;
}

export interface RawSocket {
  socket: WebSocket;
  /** Frames the server sent, in order. */
  received: Buffer[];
  /** Resolves when the server closes the socket. */
  closed: Promise<CloseEvent>;
}

/** A plain `ws` socket on a room, for frames no honest client would send. Resolves once open. */
export async function openRawSocket(
  wsUrl: string,
  workshopId: string,
  room: RoomName,
  token: string,
): Promise<RawSocket> {
  const socket = new WebSocket(`${wsUrl}/ws/workshops/${workshopId}/${room}?token=${token}`);
  onCleanup(() => socket.terminate());
  const received: Buffer[] = [];
  socket.on('message', (data: Buffer) => received.push(data));
  // A hostile socket may well see errors as the server drops it; the test looks at `closed`.
  socket.on('error', () => {});
  const closed = new Promise<CloseEvent>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('close', () => reject(new Error('raw socket closed before it opened')));
  });
  return { socket, received, closed };
}

/** The HTTP status a WebSocket upgrade is answered with (101 when accepted). */
export function upgradeStatus(wsUrlWithPathAndQuery: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrlWithPathAndQuery);
    socket.once('open', () => {
      socket.terminate();
      resolve(101);
    });
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('error', (error) => reject(error));
  });
}
