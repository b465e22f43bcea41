import type { BoardItem } from '@moteplass/shared';

/** The words a screen reader hears for an item (its text, title or alternative). */
export function describeItem(item: BoardItem): string {
  switch (item.type) {
    case 'frame':
      return item.title;
    case 'image':
      return item.alt;
    case 'connector':
    case 'drawing':
      return '';
    case 'shape':
      return item.text ?? '';
    default:
      return item.text;
  }
}
