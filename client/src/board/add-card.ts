import type {
  ActionCardItem,
  ActionStatus,
  IndicatorItem,
  IndicatorKind,
  Role,
} from '@moteplass/shared';
import type * as Y from 'yjs';
import { NOTE_SIZE, gridPosition, insertItem, itemsInPhase, newItemId } from './placement';

/** Who made a card: the same attribution as a note (a role, never a name). */
export interface CardAuthor {
  author: string;
  authorRole: Role | null;
  now?: number;
}

export interface NewActionCard {
  text: string;
  owner: string;
  resources: string;
  /** `YYYY-MM-DD` or ''. */
  dueDate: string;
  /** Where it stands (version 2); a new card is `planned`. */
  status: ActionStatus;
}

export interface NewIndicator {
  kind: IndicatorKind;
  text: string;
  baseline: string;
  target: string;
  /** Where the figures come from (version 1's `measure`). */
  dataSource: string;
  /** Who measures: a role or an organisation. */
  measuredBy: string;
  /** When or how often it is measured. */
  schedule: string;
}

/** The structured cards belong to the produce phase ("in the engine room"). */
function base(items: Y.Map<unknown>, by: CardAuthor) {
  const { x, y } = gridPosition('produce', itemsInPhase(items, 'produce'));
  return {
    x,
    y,
    w: NOTE_SIZE,
    h: NOTE_SIZE,
    phase: 'produce' as const,
    createdAt: by.now ?? Date.now(),
    author: by.author,
    ...(by.authorRole ? { authorRole: by.authorRole } : {}),
  };
}

/** "Who does what, with which resources, by when": one action card. Returns its id. */
export function addActionCard(items: Y.Map<unknown>, card: NewActionCard, by: CardAuthor): string {
  const id = newItemId();
  const fields: ActionCardItem = { type: 'action', v: 2, ...base(items, by), ...card };
  insertItem(items, id, fields);
  return id;
}

/** An impact indicator with its baseline and target. Returns its id. */
export function addIndicator(items: Y.Map<unknown>, card: NewIndicator, by: CardAuthor): string {
  const id = newItemId();
  const fields: IndicatorItem = { type: 'indicator', v: 2, ...base(items, by), ...card };
  insertItem(items, id, fields);
  return id;
}
