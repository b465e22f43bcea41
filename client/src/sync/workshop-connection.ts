import {
  BOARD_ITEMS,
  CLOSE_CODES,
  CONTROL_ROOT,
  type BoardPicture,
  type RoomName,
} from '@moteplass/shared';
import type { IndexeddbPersistence } from 'y-indexeddb';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  combineRooms,
  NEW_ROOM_LINK,
  refusalFor,
  type ConnectionState,
  type RoomLink,
} from './connection-state';
import {
  cacheReceivedState,
  clearWorkshopCache,
  openDocumentCache,
  readUnsentCount,
  writeUnsentCount,
} from './offline-cache';
import { fetchBoardPicture } from './board-picture';
import { acceptSyncV2, syncV2Params, type QuietEchoes } from './sync-v2';
import { parsedItemsOf } from './parsed-items';
import { ViewGate } from './view-gate';

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
  verifySession?: () => Promise<boolean | 'gone' | null>;
  /** Keep the documents in IndexedDB (default: when the browser has it). */
  offlineCache?: boolean;
  /**
   * Ask for the board's picture at once (JOIN-7): the participant's board
   * page, where a joiner waits for a big board. The console and the shared
   * screen do not draw it, so they do not ask.
   */
  boardPicture?: boolean;
}

/** What is waiting to reach the server, beside the connection state. */
export interface SyncStatus {
  /** The browser says it has a network (`navigator.onLine`). */
  online: boolean;
  /** Local board changes made since the server last confirmed a sync. */
  unsent: number;
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
  private readonly caches: IndexeddbPersistence[] = [];
  private readonly cacheOf = new Map<RoomName, IndexeddbPersistence>();
  private sync: SyncStatus;
  private readonly syncListeners = new Set<() => void>();
  private readonly links = new Map<RoomName, RoomLink>();
  private readonly listeners = new Set<() => void>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private state: ConnectionState = 'connecting';
  private lastVerified = -Infinity;
  private destroyed = false;
  /**
   * The board's picture for a first paint before the document is in (JOIN-7),
   * asked for at once where `boardPicture` says so (not where the socket's
   * host is given: tests, benches); null elsewhere.
   */
  readonly boardPicture: Promise<BoardPicture | null>;
  /** The picture once it has come (null: there is none), undefined while it is on its way. */
  loadedPicture: BoardPicture | null | undefined;
  /**
   * Holds the server's initial state until pending input has run and the
   * view the person is on has painted (JOIN-10); a view that is about to
   * paint (the board's picture) holds it with `viewGate.hold()`.
   */
  readonly viewGate = new ViewGate();

  constructor(private readonly options: WorkshopConnectionOptions) {
    this.boardPicture = (
      options.boardPicture === true &&
      options.wsBase === undefined &&
      typeof location !== 'undefined'
        ? fetchBoardPicture(location.origin, options.workshopId, options.token)
        : Promise.resolve(null)
    ).then((picture) => (this.loadedPicture = picture));
    const serverUrl = `${options.wsBase ?? pageWsBase()}/ws/workshops/${encodeURIComponent(options.workshopId)}`;
    this.sync = {
      online: typeof navigator === 'undefined' || navigator.onLine !== false,
      unsent: readUnsentCount(options.workshopId),
    };
    // The cache first: its state is in the documents before the sockets ask for the difference.
    if (options.offlineCache ?? true)
      for (const [room, doc] of [
        ['board', this.boardDoc],
        ['control', this.controlDoc],
      ] as const) {
        const cache = openDocumentCache(options.workshopId, room, doc);
        if (cache) {
          this.caches.push(cache);
          this.cacheOf.set(room, cache);
        }
      }
    this.providers = (
      [
        ['board', this.boardDoc],
        ['control', this.controlDoc],
      ] as const
    ).map(([room, doc]) => this.connectRoom(serverUrl, room, doc, options));
    this.boardDoc.on('update', this.countLocalUpdate);
    if (typeof window !== 'undefined') {
      window.addEventListener('online', this.goneOnline);
      window.addEventListener('offline', this.goneOffline);
    }
  }

  /** The board room's awareness (presence: cursors, selections, who is here). */
  get awareness(): Awareness {
    return (this.providers[0] as WebsocketProvider).awareness;
  }

  /** The board's state from the server is applied (all its parts, JOIN-11); subscribe to hear when. */
  get boardSynced(): boolean {
    return this.links.get('board')?.synced === true;
  }

  /**
   * A change made here while the server cannot have it yet. Updates from the
   * socket or the cache are not ours to count; once the board resyncs, the
   * sync exchange has carried every one of them to the server.
   */
  private countLocalUpdate = (_update: Uint8Array, origin: unknown): void => {
    if (origin === this.providers[0] || this.caches.some((cache) => cache === origin)) return;
    if (this.sync.online && this.boardSynced) return;
    this.setSync({ unsent: this.sync.unsent + 1 });
  };

  private setSync(change: Partial<SyncStatus>): void {
    const next = { ...this.sync, ...change };
    if (next.online === this.sync.online && next.unsent === this.sync.unsent) return;
    this.sync = next;
    writeUnsentCount(this.options.workshopId, next.unsent);
    for (const listener of this.syncListeners) listener();
  }

  // Without a network a socket may look open for a long while: close it at
  // once and open it again when the browser is back online.
  private goneOffline = (): void => {
    this.setSync({ online: false });
    for (const provider of this.providers) provider.disconnect();
  };

  private goneOnline = (): void => {
    this.setSync({ online: true });
    if (this.destroyed || this.state === 'unauthorized' || this.state === 'gone') return;
    for (const provider of this.providers) provider.connect();
  };

  private connectRoom(
    serverUrl: string,
    room: RoomName,
    doc: Y.Doc,
    options: WorkshopConnectionOptions,
  ) {
    this.links.set(room, NEW_ROOM_LINK);
    const provider = new WebsocketProvider(serverUrl, room, doc, {
      // JOIN-2: ask for the initial sync in Yjs's V2 encoding (smaller, faster to decode).
      params: { token: options.token, ...syncV2Params() },
      // Tabs must not sync behind the server's back (it enforces locks and read-only rooms).
      disableBc: true,
      maxBackoffTime: 5_000,
      ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    });
    acceptSyncV2(
      provider,
      () => this.quietenEchoes(room, doc, provider),
      // The control room is small and the views need its phase: only the board waits.
      room === 'board' ? () => this.viewGate.whenClear() : undefined,
    );
    const update = (change: Partial<RoomLink>) => {
      const link = this.links.get(room) ?? NEW_ROOM_LINK;
      this.links.set(room, { ...link, ...change });
      this.setState(combineRooms([...this.links.values()]));
    };
    provider.on('status', ({ status }) => {
      // The render benchmark measures from here to the canvas's first paint.
      if (status === 'connected' && room === 'board')
        performance.mark('moteplass:board-socket-open');
    });
    provider.on('sync', (synced) => {
      update(synced ? { synced, everSynced: true, failures: 0 } : { synced });
      if (synced && room === 'board') this.setSync({ unsent: 0 });
    });
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

  /**
   * A fresh document receiving the whole board (JOIN-2): nothing of it is
   * ours to send or count, so the 'update' listeners would only make Yjs
   * encode the board once more (V1, ~0.5 s of a phone's main thread for
   * 10,000 notes) before the first paint. Detach them around each apply of
   * it (every part, JOIN-11: the document is no longer fresh after the
   * first); the offline cache then stores the parts as they came, one per
   * idle moment (JOIN-12).
   */
  private quietenEchoes(
    room: RoomName,
    doc: Y.Doc,
    provider: WebsocketProvider,
  ): QuietEchoes | null {
    if (doc.store.clients.size > 0) return null;
    const cache = this.cacheOf.get(room);
    const listeners = [
      provider._updateHandler,
      ...(doc === this.boardDoc ? [this.countLocalUpdate] : []),
      ...(cache ? [cache._storeUpdate] : []),
    ];
    // The page hears about the board once, when all of it is in (JOIN-11).
    const releaseItems = doc === this.boardDoc ? parsedItemsOf(this.items).hold() : null;
    const received: Uint8Array[] = [];
    return {
      around: (apply, update) => {
        for (const listener of listeners) doc.off('update', listener);
        try {
          apply();
        } finally {
          for (const listener of listeners) doc.on('update', listener);
        }
        if (cache) received.push(update);
      },
      done: () => {
        releaseItems?.();
        if (cache)
          // A cache, not a record: a part that fails to store is fetched again next time.
          cacheReceivedState(
            cache,
            received.splice(0),
            () => !this.destroyed && this.caches.includes(cache),
          ).catch(() => {});
      },
    };
  }

  private verifySession(): void {
    const verify = this.options.verifySession;
    const now = Date.now();
    if (!verify || now - this.lastVerified < VERIFY_INTERVAL_MS) return;
    this.lastVerified = now;
    void verify().then((valid) => {
      if (this.destroyed || (valid !== false && valid !== 'gone')) return;
      const refused = valid === 'gone' ? 'gone' : 'unauthorized';
      for (const room of this.links.keys()) this.links.set(room, { ...NEW_ROOM_LINK, refused });
      this.setState(refused);
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
    // A deleted workshop leaves nothing behind on this device either.
    if (next === 'gone') {
      for (const cache of this.caches.splice(0)) void cache.clearData();
      void clearWorkshopCache(this.options.workshopId);
    }
    for (const listener of this.listeners) listener();
  }

  getState = (): ConnectionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSync = (): SyncStatus => this.sync;

  subscribeSync = (listener: () => void): (() => void) => {
    this.syncListeners.add(listener);
    return () => this.syncListeners.delete(listener);
  };

  destroy(): void {
    this.destroyed = true;
    if (typeof window !== 'undefined') {
      window.removeEventListener('online', this.goneOnline);
      window.removeEventListener('offline', this.goneOffline);
    }
    this.boardDoc.off('update', this.countLocalUpdate);
    for (const cache of this.caches) void cache.destroy();
    for (const timer of this.timers) clearTimeout(timer);
    for (const provider of this.providers) provider.destroy();
    this.boardDoc.destroy();
    this.controlDoc.destroy();
    this.listeners.clear();
    this.syncListeners.clear();
  }
}
