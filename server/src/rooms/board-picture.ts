import { BOARD_ITEMS, boardPictureOf, type ReadField } from '@moteplass/shared';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import * as Y from 'yjs';
import type { Room } from './room.js';

const gzipAsync = promisify(gzip);

/** A board's picture as the route sends it: JSON, and the same gzipped. */
export interface EncodedPicture {
  json: Buffer;
  gzipped: Buffer;
}

/** Scalar fields of a stored item, never recursing into what it holds (BOARD-5). */
function fieldReader(value: unknown): ReadField | null {
  if (!(value instanceof Y.Map)) return null;
  const map = value as Y.Map<unknown>;
  return (name) => {
    const field = map.get(name);
    return field === null || typeof field !== 'object' ? field : undefined;
  };
}

function* itemReaders(doc: Y.Doc): Generator<[string, ReadField]> {
  for (const [id, value] of doc.getMap<unknown>(BOARD_ITEMS).entries()) {
    const read = fieldReader(value);
    if (read) yield [id, read];
  }
}

/**
 * The board picture of each loaded board room (JOIN-7), built once per
 * version of its document and shared by every joiner until the next change
 * drops it (as the initial sync's encodings, JOIN-4). It is built only when
 * nothing the room holds is unstored, from the same document the sync sends,
 * so it shows nothing a joiner's sync would not.
 */
export class BoardPictures {
  private readonly cached = new WeakMap<Room, Promise<EncodedPicture>>();
  private readonly watched = new WeakSet<Room>();

  async of(room: Room): Promise<EncodedPicture> {
    if (!this.watched.has(room)) {
      this.watched.add(room);
      room.doc.on('update', () => this.cached.delete(room));
    }
    // Every change so far stored (SYNC-1): then build at once, before another arrives.
    await room.flushed();
    let picture = this.cached.get(room);
    if (!picture) {
      const json = Buffer.from(JSON.stringify(boardPictureOf(itemReaders(room.doc))));
      picture = gzipAsync(json).then((gzipped) => ({ json, gzipped }));
      this.cached.set(room, picture);
      // A failed compression (it should not) is tried again by the next request.
      picture.catch(() => {
        if (this.cached.get(room) === picture) this.cached.delete(room);
      });
    }
    return picture;
  }
}
