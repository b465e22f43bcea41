import {
  SYNC_ENCODING_PARAM,
  SYNC_ENCODING_V2,
  SYNC_ENCODING_V2_PARTS,
  SYNC_V2_GZIP_MESSAGE,
  SYNC_V2_MESSAGE,
  SYNC_V2_PARTS_MESSAGE,
} from '@moteplass/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { yieldToTasks } from './view-gate.js';

const canGunzip = () => typeof DecompressionStream === 'function' && typeof Response === 'function';

/**
 * The socket URL's parameter that asks the server for the initial sync in V2
 * (JOIN-2), gzipped and in parts (JOIN-11) where this browser can unzip it
 * natively.
 */
export function syncV2Params(): Record<string, string> {
  return { [SYNC_ENCODING_PARAM]: canGunzip() ? SYNC_ENCODING_V2_PARTS : SYNC_ENCODING_V2 };
}

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const body = new Response(bytes as Uint8Array<ArrayBuffer>).body;
  if (!body) throw new Error('no body to unzip');
  const unzipped = body.pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(unzipped).arrayBuffer());
}

/** The parts of a board sent in parts (JOIN-11): `varUint n, n × varUint8Array(update)`. */
function readParts(bytes: Uint8Array): Uint8Array[] {
  const decoder = decoding.createDecoder(bytes);
  const count = decoding.readVarUint(decoder);
  const parts: Uint8Array[] = [];
  for (let i = 0; i < count; i++) parts.push(decoding.readVarUint8Array(decoder));
  return parts;
}

/**
 * What would react to the initial sync as to an ordinary change (sending it
 * back, counting it, caching every piece), kept quiet around each apply of
 * it; null when the document is not fresh (nothing to quieten).
 */
export interface QuietEchoes {
  /** Run one apply (of `update`, one part) with those listeners detached; they are back as it returns. */
  around(apply: () => void, update: Uint8Array): void;
  /** The whole initial state is in (cache what came, when the page is idle). */
  done(): void;
}

/** Called once before the board's initial state is applied (all its parts). */
export type QuietenEchoes = () => QuietEchoes | null;

/** Resolves when the initial state may be integrated (the view the person is on has painted, JOIN-10). */
export type BeforeInitialState = () => Promise<void>;

const MESSAGE_SYNC = 0;

// For join-phone's timeline (JOIN_DEBUG): when the board's state came and when it was applied.
const mark = (name: string) => {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function')
    performance.mark(name);
};

/**
 * Teach a y-websocket provider the server's V2 answer to its sync step 1
 * (`[SYNC_V2_MESSAGE, update]`, JOIN-2): apply it as the sync step 2 it
 * replaces and mark the provider synced. Everything else stays y-websocket's.
 *
 * The answer is held until `beforeApply` resolves (JOIN-10), and the sync
 * messages arriving meanwhile (others' edits) queue behind it in order, so
 * every update is applied once, after the state it builds on; what this
 * document writes meanwhile is sent at once and merges (a CRDT). A board
 * in parts (JOIN-11) is applied part by part, with pending input handled
 * between them, so a tap waits for one part, not for the whole board. The
 * provider counts as synced only once the answer is applied.
 */
export function acceptSyncV2(
  provider: WebsocketProvider,
  quieten: QuietenEchoes,
  beforeApply?: BeforeInitialState,
): void {
  // One part of the initial state; listeners stay detached only during the apply itself,
  // so what this document writes between parts goes out as usual.
  const apply = (update: Uint8Array, quiet: QuietEchoes | null, emitSynced: boolean) => {
    if (provider.doc.isDestroyed) return;
    const integrate = () => Y.applyUpdateV2(provider.doc, update, provider);
    if (quiet) quiet.around(integrate, update);
    else integrate();
    if (emitSynced && !provider.synced) provider.synced = true;
  };

  // The messages waiting behind a held initial state, run one after the other.
  let queue: Promise<void> = Promise.resolve();
  let waiting = 0;
  const enqueue = (job: () => Promise<void> | void) => {
    waiting++;
    queue = queue
      .then(job)
      .catch(() => {})
      .finally(() => waiting--);
  };

  const applyInitial = (updates: Promise<Uint8Array[]>, emitSynced: boolean) => {
    const socket = provider.ws;
    enqueue(async () => {
      let parts: Uint8Array[];
      try {
        parts = await updates;
      } catch {
        socket?.close(); // a board that does not unzip: reconnect and ask again
        return;
      }
      if (beforeApply) {
        mark('moteplass:initial-state-in');
        await beforeApply();
      }
      const quiet = provider.doc.isDestroyed ? null : quieten();
      try {
        for (const [index, part] of parts.entries()) {
          if (index > 0) await yieldToTasks();
          // Synced once the last part is in, and only if this is still the socket that asked.
          apply(part, quiet, emitSynced && index === parts.length - 1 && provider.ws === socket);
        }
      } catch {
        socket?.close(); // a board that does not apply: reconnect and ask again
        return;
      } finally {
        quiet?.done();
      }
      if (beforeApply) mark('moteplass:initial-state-applied');
    });
  };
  provider.messageHandlers[SYNC_V2_MESSAGE] = (_encoder, decoder, _provider, emitSynced) =>
    applyInitial(Promise.resolve([decoding.readVarUint8Array(decoder)]), emitSynced);
  // Unzipping starts at once (it is asynchronous and off the main thread's way).
  provider.messageHandlers[SYNC_V2_GZIP_MESSAGE] = (_encoder, decoder, _provider, emitSynced) =>
    applyInitial(
      gunzip(decoding.readVarUint8Array(decoder)).then((update) => [update]),
      emitSynced,
    );
  provider.messageHandlers[SYNC_V2_PARTS_MESSAGE] = (_encoder, decoder, _provider, emitSynced) =>
    applyInitial(gunzip(decoding.readVarUint8Array(decoder)).then(readParts), emitSynced);

  const syncMessage = provider.messageHandlers[MESSAGE_SYNC];
  if (!syncMessage) return;
  provider.messageHandlers[MESSAGE_SYNC] = (encoder, decoder, _provider, emitSynced, type) => {
    if (waiting === 0) return syncMessage(encoder, decoder, provider, emitSynced, type);
    // Behind the initial state: keep the message's bytes and answer (if it asks) on its socket.
    const socket = provider.ws;
    const rest = decoder.arr.slice(decoder.pos);
    enqueue(() => {
      if (provider.doc.isDestroyed) return;
      const reply = encoding.createEncoder();
      syncMessage(reply, decoding.createDecoder(rest), provider, emitSynced, type);
      if (encoding.length(reply) > 1 && socket && provider.ws === socket && socket.readyState === 1)
        socket.send(encoding.toUint8Array(reply));
    });
  };
}

/** Run `work` when the main thread is idle (after the first paint), or soon where there is no idle callback. */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 10_000 });
  else setTimeout(work, 1_000);
}
