import {
  SYNC_ENCODING_PARAM,
  SYNC_ENCODING_V2,
  SYNC_ENCODING_V2_GZIP,
  SYNC_V2_GZIP_MESSAGE,
  SYNC_V2_MESSAGE,
} from '@moteplass/shared';
import * as decoding from 'lib0/decoding';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

const canGunzip = () => typeof DecompressionStream === 'function' && typeof Response === 'function';

/**
 * The socket URL's parameter that asks the server for the initial sync in V2
 * (JOIN-2), gzipped where this browser can unzip it natively.
 */
export function syncV2Params(): Record<string, string> {
  return { [SYNC_ENCODING_PARAM]: canGunzip() ? SYNC_ENCODING_V2_GZIP : SYNC_ENCODING_V2 };
}

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const body = new Response(bytes as Uint8Array<ArrayBuffer>).body;
  if (!body) throw new Error('no body to unzip');
  const unzipped = body.pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(unzipped).arrayBuffer());
}

/**
 * Detaches what would react to the initial sync as to an ordinary change and
 * returns how to put it back; called just before the board is applied.
 */
export type QuietenEchoes = () => () => void;

/**
 * Teach a y-websocket provider the server's V2 answer to its sync step 1
 * (`[SYNC_V2_MESSAGE, update]`, JOIN-2): apply it as the sync step 2 it
 * replaces and mark the provider synced. Everything else stays y-websocket's.
 */
export function acceptSyncV2(provider: WebsocketProvider, quieten: QuietenEchoes): void {
  const apply = (update: Uint8Array, emitSynced: boolean) => {
    const restore = quieten();
    try {
      Y.applyUpdateV2(provider.doc, update, provider);
    } finally {
      restore();
    }
    if (emitSynced && !provider.synced) provider.synced = true;
  };
  provider.messageHandlers[SYNC_V2_MESSAGE] = (_encoder, decoder, _provider, emitSynced) =>
    apply(decoding.readVarUint8Array(decoder), emitSynced);
  provider.messageHandlers[SYNC_V2_GZIP_MESSAGE] = (_encoder, decoder, _provider, emitSynced) => {
    const socket = provider.ws;
    // Unzipping is asynchronous: updates that arrive meanwhile wait in Yjs
    // for the state they build on, then apply.
    gunzip(decoding.readVarUint8Array(decoder)).then(
      (update) => {
        if (provider.doc.isDestroyed) return;
        // Synced only if this is still the socket that asked.
        apply(update, emitSynced && provider.ws === socket);
      },
      // A board that does not unzip: reconnect and ask again.
      () => socket?.close(),
    );
  };
}

/** Run `work` when the main thread is idle (after the first paint), or soon where there is no idle callback. */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 10_000 });
  else setTimeout(work, 1_000);
}
