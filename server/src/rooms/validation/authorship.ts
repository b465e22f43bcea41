import { BOARD_ITEMS } from '@moteplass/shared';
import * as Y from 'yjs';
import type { CreatedItem } from './check-board-update.js';

/**
 * Who created each item of a board, as the server let it through (BOARD-4):
 * seeded from the `author` fields when the room loads (which no client can
 * change afterwards) and recorded from the creating socket for every item
 * made since, so a note made without an `author` still counts as its
 * creator's for the own-note vote rule. Kept in memory only; anonymous notes
 * are written by the server and never appear here (ANON-4).
 */
export class Authorship {
  private readonly authors = new Map<string, string>();

  constructor(doc: Y.Doc) {
    doc.getMap<unknown>(BOARD_ITEMS).forEach((value, itemId) => {
      const author = value instanceof Y.Map ? (value as Y.Map<unknown>).get('author') : undefined;
      if (typeof author === 'string') this.authors.set(itemId, author);
    });
  }

  authorOf(itemId: string): string | undefined {
    return this.authors.get(itemId);
  }

  record(created: readonly CreatedItem[]): void {
    for (const { itemId, author } of created) this.authors.set(itemId, author);
  }
}

const byDoc = new WeakMap<Y.Doc, Authorship>();

/** The authorship record of a board document (made on first use). */
export function authorshipOf(doc: Y.Doc): Authorship {
  let authorship = byDoc.get(doc);
  if (!authorship) {
    authorship = new Authorship(doc);
    byDoc.set(doc, authorship);
  }
  return authorship;
}
