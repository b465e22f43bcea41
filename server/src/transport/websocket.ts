import {
  CLOSE_CODES,
  LIMITS,
  SYNC_ENCODING_PARAM,
  isRoomName,
  syncEncodingOf,
  type SyncEncoding,
} from '@moteplass/shared';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { errorBody } from '../plugins/errors.js';
import { Connection, type Peer, type Room, type RoomSocket } from '../rooms/index.js';
import { SHARED_FRAME_MAX_BYTES, SharedFrames } from './shared-frames.js';

/** How often an idle socket is pinged; one that misses a pong is dropped. */
const PING_INTERVAL_MS = 30_000;

const Params = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 64 }),
  room: Type.String({ maxLength: 16 }),
});
const Query = Type.Object({
  token: Type.Optional(Type.String({ maxLength: 1024 })),
  // JOIN-2, JOIN-11: `v2`/`v2gz`/`v2parts` ask for the initial sync in Yjs's V2 encoding; anything else means V1.
  [SYNC_ENCODING_PARAM]: Type.Optional(Type.String({ maxLength: 16 })),
});

const peers = new WeakMap<FastifyRequest, Peer>();

/** Hoisted: one options object for every send, not one per message per socket. */
const SEND_OPTIONS = { binary: true } as const;

/** Every socket of the process shares the frames of the messages broadcast to many. */
const sharedFrames = new SharedFrames();

interface RawSocket {
  write(frame: Buffer): boolean;
  cork(): void;
  uncork(): void;
}

/** The net.Socket under a ws WebSocket (`_socket`, not public API); undefined if it has none. */
function rawSocket(socket: WebSocket): RawSocket | undefined {
  const raw = (socket as unknown as { _socket?: Partial<RawSocket> })._socket;
  return typeof raw?.write === 'function' &&
    typeof raw.cork === 'function' &&
    typeof raw.uncork === 'function'
    ? (raw as RawSocket)
    : undefined;
}

function adapt(socket: WebSocket): RoomSocket {
  const raw = rawSocket(socket);
  // A frame written beside ws must be exactly what ws would write: so only
  // without extensions (no permessage-deflate, which we do not enable).
  const framesOwnWrites = raw !== undefined && socket.extensions === '';
  const send = (message: Uint8Array) => {
    if (socket.readyState !== socket.OPEN) return;
    // ws writes whole frames synchronously (no compression, no Blob), so a
    // whole frame of ours between two of its own cannot split either.
    if (framesOwnWrites && message.length < SHARED_FRAME_MAX_BYTES) {
      raw.write(sharedFrames.frameFor(message));
    } else {
      socket.send(message, SEND_OPTIONS);
    }
  };
  return {
    send,
    // An edit and the presence riding along: one buffer shared by every socket
    // that gets the same pair, one write each (a hall of 1,000 spends most of
    // its time in these writes; BENCHMARKS.md "Capacity").
    sendTogether: (first, second) => {
      if (socket.readyState !== socket.OPEN) return;
      if (framesOwnWrites && first.length + second.length < SHARED_FRAME_MAX_BYTES) {
        raw.write(sharedFrames.pairFor(first, second));
      } else {
        raw?.cork();
        send(first);
        send(second);
        raw?.uncork();
      }
    },
    close: (code, reason) => socket.close(code, reason),
    // ws has no public cork; its own sends cork and uncork the same net.Socket
    // (calls nest), so holding it across two sends only joins their writes.
    cork: () => raw?.cork(),
    uncork: () => raw?.uncork(),
    get bufferedAmount() {
      return socket.bufferedAmount;
    },
  };
}

/**
 * Pings every socket of the app from one timer (not a timer per socket); a
 * socket that did not answer the previous ping is dropped.
 */
class Heartbeat {
  /** Socket → answered the last ping. */
  private readonly sockets = new Map<WebSocket, boolean>();
  private readonly timer: NodeJS.Timeout;

  constructor(intervalMs: number) {
    this.timer = setInterval(() => this.beat(), intervalMs);
    this.timer.unref();
  }

  watch(socket: WebSocket): void {
    this.sockets.set(socket, true);
    socket.on('pong', () => {
      if (this.sockets.has(socket)) this.sockets.set(socket, true);
    });
  }

  forget(socket: WebSocket): void {
    this.sockets.delete(socket);
  }

  stop(): void {
    clearInterval(this.timer);
    this.sockets.clear();
  }

  private beat(): void {
    for (const [socket, alive] of this.sockets) {
      if (!alive) {
        this.sockets.delete(socket);
        socket.terminate();
        continue;
      }
      this.sockets.set(socket, false);
      socket.ping();
    }
  }
}

/** Open sockets per session token. */
class SessionSockets {
  private readonly counts = new Map<string, number>();

  constructor(private readonly max: number) {}

  /** Counts a new socket; false (and not counted) when the token already has `max`. */
  open(token: string): boolean {
    const count = this.counts.get(token) ?? 0;
    if (count >= this.max) return false;
    this.counts.set(token, count + 1);
    return true;
  }

  closed(token: string): void {
    const count = (this.counts.get(token) ?? 1) - 1;
    if (count > 0) this.counts.set(token, count);
    else this.counts.delete(token);
  }
}

/**
 * The transport: y-websocket over `ws`, at /ws/workshops/:id/(board|control).
 * The token is checked before the upgrade (HTTP 401); after it, frames go
 * to the room core, which knows nothing of ws.
 */
export async function websocketRoutes(app: FastifyInstance): Promise<void> {
  const heartbeat = new Heartbeat(PING_INTERVAL_MS);
  const perSession = new SessionSockets(LIMITS.socketsPerSession);
  app.addHook('onClose', async () => heartbeat.stop());
  app.get<{
    Params: { id: string; room: string };
    Querystring: { token?: string; [SYNC_ENCODING_PARAM]?: string };
  }>(
    '/ws/workshops/:id/:room',
    {
      websocket: true,
      schema: { params: Params, querystring: Query },
      preValidation: async (request, reply) => {
        if (!isRoomName(request.params.room)) {
          return reply.status(404).send(errorBody('NOT_FOUND', 'No such room'));
        }
        const peer = await app.workshops.authenticate(request.query.token, request.params.id);
        if (!peer) {
          return reply
            .status(401)
            .send(errorBody('UNAUTHORIZED', 'A valid session token is required'));
        }
        peers.set(request, peer);
      },
    },
    (socket, request) => {
      const peer = peers.get(request)!;
      const roomName = isRoomName(request.params.room) ? request.params.room : 'board';
      // PRES-1: one session token holds at most `socketsPerSession` sockets, not a room's 500.
      const token = request.query.token ?? '';
      if (!perSession.open(token)) {
        socket.close(CLOSE_CODES.RATE_LIMITED, 'too many connections for this session');
        return;
      }
      socket.on('close', () => perSession.closed(token));
      const syncEncoding = syncEncodingOf(request.query[SYNC_ENCODING_PARAM]);
      void serve(app, heartbeat, socket, peer, roomName, syncEncoding);
    },
  );
}

async function serve(
  app: FastifyInstance,
  heartbeat: Heartbeat,
  socket: WebSocket,
  peer: Peer,
  roomName: 'board' | 'control',
  syncEncoding: SyncEncoding,
): Promise<void> {
  app.metrics.connections.inc();
  // Frames may arrive while the room loads: keep them, in order.
  const early: Buffer[] = [];
  let room: Room | undefined;
  let connection: Connection | undefined;

  socket.on('message', (data: Buffer, isBinary: boolean) => {
    if (socket.readyState !== socket.OPEN) return;
    if (data.length > LIMITS.frameBytes) {
      socket.close(CLOSE_CODES.TOO_LARGE, `frame exceeds ${LIMITS.frameBytes} bytes`);
      return;
    }
    if (!isBinary) {
      socket.close(CLOSE_CODES.PROTOCOL_ERROR, 'only binary y-websocket frames are accepted');
      return;
    }
    if (room && connection) room.receive(connection, data);
    else early.push(data);
  });

  heartbeat.watch(socket);

  socket.on('close', () => {
    heartbeat.forget(socket);
    app.metrics.connections.dec();
    if (room && connection) {
      room.leave(connection);
      if (roomName === 'board') app.workshops.presence.changed(peer.workshopId);
    }
  });
  socket.on('error', (error) => app.log.warn({ err: error }, 'websocket error'));

  let loaded: Room;
  try {
    loaded = await app.rooms.get(peer.workshopId, roomName);
  } catch (error) {
    app.log.error({ err: error, workshopId: peer.workshopId }, 'room failed to load');
    socket.close(1011, 'room unavailable');
    return;
  }
  if (socket.readyState !== socket.OPEN) return;
  if (loaded.connections.size >= (app.appOptions.roomCapacity ?? LIMITS.connectionsPerRoom)) {
    socket.close(CLOSE_CODES.RATE_LIMITED, 'room is full');
    return;
  }
  room = loaded;
  connection = new Connection(adapt(socket), peer, LIMITS.messagesPerSecond);
  connection.syncEncoding = syncEncoding;
  room.join(connection);
  for (const frame of early.splice(0)) room.receive(connection, frame);
  if (roomName === 'board') app.workshops.presence.changed(peer.workshopId);
  // Removed while the upgrade was under way? Either this sees it, or the
  // removal found the socket joined and closed it (AUTH-4).
  const joined = { room, connection };
  void app.workshops.stillAdmitted(peer).then(
    (admitted) => {
      if (!admitted && joined.room.connections.has(joined.connection))
        joined.room.disconnect(joined.connection, CLOSE_CODES.UNAUTHORIZED, 'removed');
    },
    (error: unknown) => app.log.warn({ err: error }, 'admission check after join failed'),
  );
}
