import { BOARD_ITEMS, CLOSE_CODES, CONTROL_ROOT, type RoomName } from '@moteplass/shared';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  combineRooms,
  NEW_ROOM_LINK,
  refusalFor,
  type ConnectionState,
  type RoomLink,
} from './connection-state';

export interface WorkshopConnectionOptions {
  workshopId: string;
  token: string;
  /** `ws(s)://host`; defaults to the page's own origin. */
  wsBase?: string;
  WebSocketPolyfill?: typeof WebSocket;
  /**
   * Asked after repeated failed connections: true if the token still holds,
   * false if it does not, null if it cannot tell. A browser cannot see an
   * upgrade refused with HTTP 401, only that the socket closed.
   */
  verifySession?: () => Promise<boolean | null>;
}

/** Wait before trying again after the server said "too many" (4429). */
const RATE_LIMIT_RETRY_MS = 10_000;
/** Failed attempts in a row before asking whether the session still holds, and how often to ask. */
const FAILURES_BEFORE_VERIFY = 2;
const VERIFY_INTERVAL_MS = 15_000;

export function pageWsBase(): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}`;
}

/**
 * The two live documents of a workshop and their sockets: the board (everyone
 * writes) and the control doc (the server writes). Plain TypeScript; React
 * binds to it with `useWorkshopConnection` and the Y.Map hooks.
 */
export class WorkshopConnection {
  readonly boardDoc = new Y.Doc();
  readonly controlDoc = new Y.Doc();
  readonly items: Y.Map<unknown> = this.boardDoc.getMap(BOARD_ITEMS);
  readonly workshop: Y.Map<unknown> = this.controlDoc.getMap(CONTROL_ROOT);

  private readonly providers: WebsocketProvider[];
  private readonly links = new Map<RoomName, RoomLink>();
  private readonly listeners = new Set<() => void>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private state: ConnectionState = 'connecting';
  private lastVerified = -Infinity;
  private destroyed = false;

  constructor(private readonly options: WorkshopConnectionOptions) {
    const serverUrl = `${options.wsBase ?? pageWsBase()}/ws/workshops/${encodeURIComponent(options.workshopId)}`;
    this.providers = (
      [
        ['board', this.boardDoc],
        ['control', this.controlDoc],
      ] as const
    ).map(([room, doc]) => this.connectRoom(serverUrl, room, doc, options));
  }

  private connectRoom(
    serverUrl: string,
    room: RoomName,
    doc: Y.Doc,
    options: WorkshopConnectionOptions,
  ) {
    this.links.set(room, NEW_ROOM_LINK);
    const provider = new WebsocketProvider(serverUrl, room, doc, {
      params: { token: options.token },
      // Tabs must not sync behind the server's back (it enforces locks and read-only rooms).
      disableBc: true,
      maxBackoffTime: 5_000,
      ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    });
    const update = (change: Partial<RoomLink>) => {
      const link = this.links.get(room) ?? NEW_ROOM_LINK;
      this.links.set(room, { ...link, ...change });
      this.setState(combineRooms([...this.links.values()]));
    };
    provider.on('sync', (synced) =>
      update(synced ? { synced, everSynced: true, failures: 0 } : { synced }),
    );
    provider.on('connection-close', () => {
      const failures = (this.links.get(room)?.failures ?? 0) + 1;
      update({ synced: false, failures });
      if (failures >= FAILURES_BEFORE_VERIFY) this.verifySession();
    });
    provider.on('closed', ({ code }) => {
      const refused = refusalFor(code);
      if (refused) update({ refused });
      else if (code === CLOSE_CODES.RATE_LIMITED)
        this.later(() => provider.connect(), RATE_LIMIT_RETRY_MS);
      // Any other 44xx: keep trying with y-websocket's own backoff (its retry is already scheduled).
      else provider.shouldConnect = true;
    });
    return provider;
  }

  private verifySession(): void {
    const verify = this.options.verifySession;
    const now = Date.now();
    if (!verify || now - this.lastVerified < VERIFY_INTERVAL_MS) return;
    this.lastVerified = now;
    void verify().then((valid) => {
      if (valid !== false || this.destroyed) return;
      for (const room of this.links.keys())
        this.links.set(room, { ...NEW_ROOM_LINK, refused: 'unauthorized' });
      this.setState('unauthorized');
    });
  }

  private later(run: () => void, ms: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, ms);
    this.timers.add(timer);
  }

  private setState(next: ConnectionState): void {
    if (next === this.state) return;
    this.state = next;
    // A refused room makes the other one pointless too.
    if (next === 'unauthorized' || next === 'gone')
      for (const provider of this.providers) provider.disconnect();
    for (const listener of this.listeners) listener();
  }

  getState = (): ConnectionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  destroy(): void {
    this.destroyed = true;
    for (const timer of this.timers) clearTimeout(timer);
    for (const provider of this.providers) provider.destroy();
    this.boardDoc.destroy();
    this.controlDoc.destroy();
    this.listeners.clear();
  }
}
