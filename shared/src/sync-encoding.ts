/**
 * The board's initial sync in Yjs's V2 update encoding (issue 21, JOIN-2).
 *
 * A client that understands it says so with the query parameter
 * `sync=v2` on its WebSocket URL; the server then answers its sync step 1
 * with one message `[SYNC_V2_MESSAGE, varUint8Array(update as V2)]` instead
 * of y-websocket's sync step 2 (V1). Everything after the initial sync (live
 * updates, presence) stays the y-websocket protocol, and a client without the
 * parameter (the stock y-websocket provider, an older page) gets V1 as before.
 */
export const SYNC_ENCODING_PARAM = 'sync';
export const SYNC_ENCODING_V2 = 'v2';
/**
 * `sync=v2gz`: as `v2`, and a fresh joiner's whole board comes gzipped as
 * `[SYNC_V2_GZIP_MESSAGE, varUint8Array(gzip(update as V2))]` (10,000 notes:
 * 3.3 MB as V1, 2.2 MB as V2, 0.15 MB gzipped). Compressed once per version
 * of the board, not per joiner; a returning client's difference comes as
 * plain V2.
 */
export const SYNC_ENCODING_V2_GZIP = 'v2gz';
/**
 * `sync=v2parts`: as `v2gz`, and a fresh joiner's whole board comes in parts
 * (JOIN-11) as `[SYNC_V2_PARTS_MESSAGE, varUint8Array(gzip(varUint n,
 * n × varUint8Array(update as V2)))]`: V2 updates of at most
 * `LIMITS.initialStatePartStructs` structs each, in an order in which each
 * part builds only on the parts before it, the deletions last. The client
 * applies them one after the other with input handled between them, and is
 * synced after the last. A small board is one part.
 */
export const SYNC_ENCODING_V2_PARTS = 'v2parts';
/** Top-level message types y-websocket does not use (it has 0–3; Hocuspocus up to 8). */
export const SYNC_V2_MESSAGE = 20;
export const SYNC_V2_GZIP_MESSAGE = 21;
export const SYNC_V2_PARTS_MESSAGE = 22;

export type SyncEncoding = 'v1' | 'v2' | 'v2gz' | 'v2parts';

/** What a socket URL's `sync` parameter asks for; anything unknown is V1. */
export function syncEncodingOf(parameter: string | undefined): SyncEncoding {
  return parameter === SYNC_ENCODING_V2 ||
    parameter === SYNC_ENCODING_V2_GZIP ||
    parameter === SYNC_ENCODING_V2_PARTS
    ? parameter
    : 'v1';
}
