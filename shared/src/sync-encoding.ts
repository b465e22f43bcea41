/**
 * The board's initial sync in Yjs's V2 update encoding (issue 21, JOIN-1).
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
/** A top-level message type y-websocket does not use (it has 0–3; Hocuspocus up to 8). */
export const SYNC_V2_MESSAGE = 20;
