import * as Y from 'yjs';
import type { NewActionCard, NewIndicator } from './add-card';

/**
 * Changes to the produce phase's cards from the list, each in one Yjs
 * transaction. Deleting and undoing use the list's own deleteItem/restoreItem
 * (item-edits.ts): a card is an item like any other.
 */

type CardFields = NewActionCard | NewIndicator;

/** The fields a card form edits, read from the item (missing optional fields as ''). */
export function actionFields(card: Partial<NewActionCard> & { text: string }): NewActionCard {
  return {
    text: card.text,
    owner: card.owner ?? '',
    resources: card.resources ?? '',
    dueDate: card.dueDate ?? '',
    status: card.status ?? 'planned',
  };
}

export function indicatorFields(
  card: Partial<NewIndicator> & Pick<NewIndicator, 'kind' | 'text'>,
): NewIndicator {
  return {
    kind: card.kind,
    text: card.text,
    baseline: card.baseline ?? '',
    target: card.target ?? '',
    dataSource: card.dataSource ?? '',
    measuredBy: card.measuredBy ?? '',
    schedule: card.schedule ?? '',
  };
}

/**
 * Write the edited fields of card `id`, only those that changed (so two
 * people editing different fields do not undo each other). False when the
 * card is gone or is not of `type`.
 */
export function updateCard(
  items: Y.Map<unknown>,
  id: string,
  type: 'action' | 'indicator',
  fields: CardFields,
): boolean {
  const map = items.get(id);
  if (!(map instanceof Y.Map) || map.get('type') !== type) return false;
  const change = () => {
    for (const [key, value] of Object.entries(fields)) {
      if (map.get(key) !== value) map.set(key, value);
    }
  };
  if (items.doc) items.doc.transact(change);
  else change();
  return true;
}
