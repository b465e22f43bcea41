import { SYNC_V2_GZIP_MESSAGE, SYNC_V2_MESSAGE } from '@moteplass/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { WorkshopConnection } from './workshop-connection';

/** The server's board: a few notes. */
function serverBoard(count: number): Y.Doc {
  const doc = new Y.Doc();
  const items = doc.getMap('items');
  for (let i = 0; i < count; i++)
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
  return doc;
}

const frame = (write: (encoder: encoding.Encoder) => void) => {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
};

/**
 * A socket that opens and answers the client's sync step 1 the way the
 * server does: in V2 when the URL asks for it, else as sync step 2 (V1).
 * It records the sync messages the client sends.
 */
function serverSocket(board: Y.Doc, sent: { type: number; step: number }[], speaksV2 = true) {
  return class ServerSocket {
    static readonly OPEN = 1;
    readonly OPEN = 1;
    readyState = 0;
    binaryType = 'arraybuffer';
    onclose: ((event: { code: number; reason: string }) => void) | null = null;
    onopen: (() => void) | null = null;
    onmessage: ((event: { data: ArrayBuffer }) => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(readonly url: string) {
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
      const answer = async () => {
        if (!speaksV2 || !this.url.includes('sync=v2'))
          return frame((e) => {
            encoding.writeVarUint(e, 0);
            encoding.writeVarUint(e, 1);
            encoding.writeVarUint8Array(e, Y.encodeStateAsUpdate(doc, stateVector));
          });
        if (!this.url.includes('sync=v2gz'))
          return frame((e) => {
            encoding.writeVarUint(e, SYNC_V2_MESSAGE);
            encoding.writeVarUint8Array(e, update);
          });
        const zipped = new Uint8Array(
          await new Response(
            new Response(update as Uint8Array<ArrayBuffer>).body!.pipeThrough(
              new CompressionStream('gzip'),
            ),
          ).arrayBuffer(),
        );
        return frame((e) => {
          encoding.writeVarUint(e, SYNC_V2_GZIP_MESSAGE);
          encoding.writeVarUint8Array(e, zipped);
        });
      };
      void answer().then((reply) => this.onmessage?.({ data: reply.slice().buffer }));
    }
    close() {}
  } as unknown as typeof WebSocket;
}

describe('WorkshopConnection — the initial sync in V2', () => {
  const connections: WorkshopConnection[] = [];
  afterEach(() => {
    for (const connection of connections.splice(0)) connection.destroy();
  });

  it('JOIN-2: a fresh client asks for the gzipped V2 board, applies it, counts as synced, and sends none of it back', async () => {
    const sent: { type: number; step: number }[] = [];
    const connection = new WorkshopConnection({
      workshopId: 'w1',
      token: 'secret',
      wsBase: 'ws://example.test',
      WebSocketPolyfill: serverSocket(serverBoard(30), sent),
      offlineCache: false,
    });
    connections.push(connection);
    await vi.waitFor(() => expect(connection.items.size).toBe(30));
    await vi.waitFor(() => expect(connection.getState()).toBe('connected'));
    expect((connection.items.get('n7') as Y.Map<unknown>).get('text')).toBe('note 7');
    // The board's own sync step 1 went out, and no update echoing what the server sent.
    expect(sent).toContainEqual({ type: 0, step: 0 });
    expect(sent.filter((message) => message.type === 0 && message.step === 2)).toEqual([]);
    expect(connection.getSync().unsent).toBe(0);

    // After the initial sync, a local edit reaches the server as an ordinary V1 update.
    connection.items.set('mine', new Y.Map<unknown>([['type', 'note']]));
    expect(sent.filter((message) => message.type === 0 && message.step === 2)).toHaveLength(1);
  });

  it('JOIN-2: against a server that answers V1 anyway (an older one), the client converges as before', async () => {
    const sent: { type: number; step: number }[] = [];
    const connection = new WorkshopConnection({
      workshopId: 'w1',
      token: 'secret',
      wsBase: 'ws://example.test',
      WebSocketPolyfill: serverSocket(serverBoard(12), sent, false),
      offlineCache: false,
    });
    connections.push(connection);
    await vi.waitFor(() => expect(connection.items.size).toBe(12));
    expect(sent.filter((message) => message.type === 0 && message.step === 2)).toEqual([]);
  });
});
