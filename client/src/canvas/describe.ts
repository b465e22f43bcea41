import type { BoardItem } from '@moteplass/shared';
import type { TFunction } from 'i18next';
import { isLink, kindName, kindOf } from '../kinds';

/** The words a screen reader hears for an item (its text, title or alternative), as its kind says. */
export function describeItem(item: BoardItem): string {
  return kindOf(item).words(item);
}

/** A connector's end is named with at most this many characters of its text (a note can be long). */
export const CONNECTOR_END_CHARS = 60;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > CONNECTOR_END_CHARS
    ? `${flat.slice(0, CONNECTOR_END_CHARS - 1).trimEnd()}…`
    : flat;
}

/** An item as the end of a connector: its type and (the start of) its text. */
function endName(t: TFunction, item: BoardItem | undefined): string {
  if (!item) return t('canvas.untitled');
  const type = kindName(t, item);
  const text = shorten(describeItem(item));
  return text
    ? t('canvas.connectorEnd', { type, text })
    : t('canvas.connectorEndUntitled', { type });
}

/**
 * What is announced when keyboard focus lands on an item: its type, its place
 * in the Tab order and its words; a connector is "from <item> to <item>".
 */
export function describeFocus(
  t: TFunction,
  items: ReadonlyMap<string, BoardItem>,
  id: string,
  order: readonly string[],
  /** A closed vote's counts by ballot id: a poll's results are read out with it. */
  tallies?: ReadonlyMap<string, number>,
): string | null {
  const item = items.get(id);
  if (!item) return null;
  const details = kindOf(item).details?.(item, { id, tallies, t });
  const words = describeItem(item) || t('canvas.untitled');
  const text = isLink(item)
    ? t('canvas.connectorBetween', {
        from: endName(t, items.get(item.from)),
        to: endName(t, items.get(item.to)),
      })
    : details
      ? `${words}. ${details}`
      : words;
  return t('canvas.focused', {
    type: kindName(t, item),
    index: order.indexOf(id) + 1,
    count: order.length,
    text,
  });
}
