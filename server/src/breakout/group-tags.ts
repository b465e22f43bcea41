import { BOARD_ITEMS, groupOf, readBreakout } from '@moteplass/shared';
import * as Y from 'yjs';
import { Connection, SERVER_ORIGIN } from '../rooms/index.js';

/**
 * Items made in a group carry `group: <id>` (CONTRACT.md). The server
 * decides, not the client (BREAK-5): after a participant's update is applied,
 * each item it created, or whose `group` it changed, gets the author's group
 * — or loses the `group` it claimed when its author is in none or it is
 * anonymous. The
 * facilitator's items keep what the client set (they visit groups and may
 * write in one).
 *
 * The board's room policy owns one per board: `forget()` before an update is
 * applied, `tag()` after; in between the tagger notes which items the
 * update touched (a client's transactions only, never the server's own).
 */
export class GroupTagger {
  private readonly touched = new Set<string>();
  private readonly items: Y.Map<unknown>;

  constructor(private readonly board: Y.Doc) {
    this.items = board.getMap<unknown>(BOARD_ITEMS);
    board.on('afterTransaction', this.record);
  }

  forget(): void {
    this.touched.clear();
  }

  /** Correct the touched items' groups; `breakout` is the control document's value now. */
  tag(author: { participantId: string; facilitator: boolean }, breakout: unknown): void {
    if (author.facilitator || this.touched.size === 0) return this.forget();
    const group = groupOf(readBreakout(breakout), author.participantId)?.id;
    // An anonymous item never names a group: a group of five would all but name its author.
    const wanted = (item: Y.Map<unknown>) => (item.get('anonymous') === true ? undefined : group);
    const wrong = [...this.touched]
      .map((id) => this.items.get(id))
      .filter(
        (item): item is Y.Map<unknown> =>
          item instanceof Y.Map && item.get('group') !== wanted(item),
      );
    this.forget();
    if (wrong.length === 0) return;
    Y.transact(
      this.board,
      () => {
        for (const item of wrong) {
          const value = wanted(item);
          if (value === undefined) item.delete('group');
          else item.set('group', value);
        }
      },
      SERVER_ORIGIN,
    );
  }

  dispose(): void {
    this.board.off('afterTransaction', this.record);
  }

  private readonly record = (transaction: Y.Transaction): void => {
    if (!(transaction.origin instanceof Connection)) return;
    for (const [type, keys] of transaction.changed) {
      if ((type as unknown) === this.items) {
        for (const key of keys) if (key !== null) this.touched.add(key);
      } else if (type._item?.parent === this.items && keys.has('group')) {
        const id = type._item.parentSub;
        if (id !== null) this.touched.add(id);
      }
    }
  };
}
