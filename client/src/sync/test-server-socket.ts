// A stand-in for the server's board socket, for the client's sync tests.
import { SYNC_V2_GZIP_MESSAGE, SYNC_V2_MESSAGE, SYNC_V2_PARTS_MESSAGE } from '@moteplass/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/** How each test board was built, ten notes per update: the parts a `v2parts` socket sends (JOIN-11). */
const boardParts = new WeakMap<Y.Doc, Uint8Array[]>();

/** The server's board: a few notes. */
export function serverBoard(count: number): Y.Doc {
  const doc = new Y.Doc();
  const items = doc.getMap('items');
  const parts: Uint8Array[] = [];
  boardParts.set(doc, parts);
  doc.on('updateV2', (update: Uint8Array) => parts.push(update));
  for (let i = 0; i < count; i++)
    if (i % 10 === 0) doc.transact(() => addNotes(items, i, Math.min(count, i + 10)));
  return doc;
}

function addNotes(items: Y.Map<unknown>, from: number, to: number) {
  for (let i = from; i < to; i++)
    items.set(
      `n${i}`,
      new Y.Map<unknown>(
        Object.entries({
          type: 'note',
          x: i * 220,
          y: 0,
          w: 200,
          h: 200,
          phase: 'explore',
          color: 'yellow',
          text: `note ${i}`,
        }),
      ),
    );
}

export const frame = (write: (encoder: encoding.Encoder) => void) => {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
};

async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  const zipped = new Response(bytes as Uint8Array<ArrayBuffer>).body!.pipeThrough(
    new CompressionStream('gzip'),
  );
  return new Uint8Array(await new Response(zipped).arrayBuffer());
}

/**
 * A socket that opens and answers the client's sync step 1 the way the
 * server does: in V2 when the URL asks for it, else as sync step 2 (V1).
 * It records the sync messages the client sends.
 */
/** A fake socket as a test sees it: its URL, how many sync step 1s it has answered, and its inbox. */
export interface ServerSocketHandle {
  url: string;
  answered: number;
  onmessage: ((event: { data: ArrayBuffer }) => void) | null;
}

export function serverSocket(
  board: Y.Doc,
  sent: { type: number; step: number }[],
  speaksV2 = true,
  sockets: ServerSocketHandle[] = [],
) {
  return class ServerSocket {
    static readonly OPEN = 1;
    readonly OPEN = 1;
    readyState = 0;
    binaryType = 'arraybuffer';
    answered = 0;
    onclose: ((event: { code: number; reason: string }) => void) | null = null;
    onopen: (() => void) | null = null;
    onmessage: ((event: { data: ArrayBuffer }) => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(readonly url: string) {
      sockets.push(this);
      setTimeout(() => {
        this.readyState = 1;
        this.onopen?.();
      }, 0);
    }
    send(data: Uint8Array) {
      const decoder = decoding.createDecoder(data);
      const type = decoding.readVarUint(decoder);
      const step = type === 0 ? decoding.readVarUint(decoder) : -1;
      if (this.url.includes('/board?')) sent.push({ type, step });
      if (type !== 0 || step !== 0) return;
      // The control room is answered too (empty), so the connection can count as connected.
      const doc = this.url.includes('/board?') ? board : new Y.Doc();
      const stateVector = decoding.readVarUint8Array(decoder);
      const update = Y.encodeStateAsUpdateV2(doc, stateVector);
      const asked = new URL(this.url).searchParams.get('sync');
      const answer = async () => {
        if (!speaksV2 || !asked?.startsWith('v2'))
          return frame((e) => {
            encoding.writeVarUint(e, 0);
            encoding.writeVarUint(e, 1);
            encoding.writeVarUint8Array(e, Y.encodeStateAsUpdate(doc, stateVector));
          });
        if (asked === 'v2')
          return frame((e) => {
            encoding.writeVarUint(e, SYNC_V2_MESSAGE);
            encoding.writeVarUint8Array(e, update);
          });
        const parts = boardParts.get(doc);
        // A fresh client (empty state vector) of a `v2parts` socket: the board as it was built.
        if (asked === 'v2parts' && parts && stateVector.length === 1) {
          const zipped = await gzip(
            frame((e) => {
              encoding.writeVarUint(e, parts.length);
              for (const part of parts) encoding.writeVarUint8Array(e, part);
            }),
          );
          return frame((e) => {
            encoding.writeVarUint(e, SYNC_V2_PARTS_MESSAGE);
            encoding.writeVarUint8Array(e, zipped);
          });
        }
        const zipped = await gzip(update);
        return frame((e) => {
          encoding.writeVarUint(e, SYNC_V2_GZIP_MESSAGE);
          encoding.writeVarUint8Array(e, zipped);
        });
      };
      void answer().then((reply) => {
        this.onmessage?.({ data: reply.slice().buffer });
        this.answered++;
      });
    }
    close() {}
  } as unknown as typeof WebSocket;
}
