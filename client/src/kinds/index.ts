import { parsePollBallotId, type BoardItem } from '@moteplass/shared';
import type { TFunction } from 'i18next';
import { action } from './action';
import { connector } from './connector';
import { drawing } from './drawing';
import { frame } from './frame';
import { image } from './image';
import { indicator } from './indicator';
import { note } from './note';
import { poll } from './poll';
import { shape } from './shape';
import { text } from './text';
import type { CreateSpec } from '../canvas/tools/types';
import type { ClientKind, KindItem, KindType, MadeByTool, ToolEnv, ToolSpec } from './types';

/**
 * The kinds table: one line per kind of board item. The canvas, the list
 * and the shared screen ask it and never name a kind; a new kind is a folder
 * here and one line below (docs/adding-a-kind.md).
 */
export const CLIENT_KINDS: { readonly [K in KindType]: ClientKind<K> } = {
  note,
  text,
  shape,
  connector,
  frame,
  drawing,
  action,
  indicator,
  image,
  poll,
};

/** The module of an item's kind, taking any item of the union. */
export function kindOf(item: KindItem): ClientKind {
  // The table is keyed by type, so the module matches the item it is asked about.
  return CLIENT_KINDS[item.type] as unknown as ClientKind;
}

/** The name of an item's kind ("Lapp", "Avstemning"), for the list and the screen reader. */
/** A new item's box and own fields from a canvas tool's spec; null if it cannot be made. */
export function makeFromTool(spec: CreateSpec, env: ToolEnv): MadeByTool<KindType> | null {
  const kind = CLIENT_KINDS[spec.kind] as ClientKind<typeof spec.kind>;
  return kind.fromTool?.(spec as ToolSpec<typeof spec.kind>, env) ?? null;
}

export function kindName(t: TFunction, item: KindItem): string {
  return t(`itemKinds.names.${item.type}`);
}

/**
 * Guards for the places that work with one kind's own fields: a note's vote
 * dots, the produce phase's card lists. Kept here so that outside this
 * folder nothing compares an item's type.
 */
export const isNote = (item: BoardItem | undefined): item is Extract<BoardItem, { type: 'note' }> =>
  item?.type === 'note';
export const isActionCard = (
  item: BoardItem | undefined,
): item is Extract<BoardItem, { type: 'action' }> => item?.type === 'action';
export const isIndicator = (
  item: BoardItem | undefined,
): item is Extract<BoardItem, { type: 'indicator' }> => item?.type === 'indicator';

/** An arrow between two items (it has no box of its own). */
export function isLink(item: BoardItem | undefined): item is Extract<BoardItem, { from: string }> {
  return item !== undefined && kindOf(item).placement === 'link';
}

/** A frame-like area: behind everything, carries what lies inside it. */
export function isContainer(
  item: BoardItem | undefined,
): item is Extract<BoardItem, { title: string }> {
  return item !== undefined && kindOf(item).placement === 'container';
}

/** Whether it can be edited in place (canvas TextEditor, the list's row). */
export function isEditable(item: BoardItem | undefined): boolean {
  return item !== undefined && kindOf(item).edit !== null;
}

export { FRAME_TITLE_BAND, frameTitleAbove } from './frame';
export { NOTE_SIZE, NOTE_TEXT, noteTextBox } from './note';
export { isPrompt } from './text';
export {
  addPoll,
  ballotId,
  optionCounts,
  PollForm,
  pollFields,
  pollTallies,
  POLL_STYLE,
  type NewPoll,
} from './poll';

/**
 * The words of what a vote counted: an item's own (a note), or the option a
 * ballot id names on a card (`<pollId>:<n>`); null when it is gone.
 */
export function ballotText(itemId: string, items: ReadonlyMap<string, KindItem>): string | null {
  const item = items.get(itemId);
  if (item) return kindOf(item).words(item) || null;
  const ballot = parsePollBallotId(itemId);
  const card = ballot ? items.get(ballot.pollId) : undefined;
  if (!ballot || !card) return null;
  return ballotOf(ballot.pollId, card)?.find((b) => b.itemId === itemId)?.text ?? null;
}

/** The ballot of a vote on an item (a poll's options), or null when its kind has none. */
export function ballotOf(id: string, item: KindItem): { itemId: string; text: string }[] | null {
  return kindOf(item).ballot?.(id, item) ?? null;
}
export type {
  ClientKind,
  DescribeEnv,
  DrawEnv,
  InPlaceField,
  KindItem,
  KindType,
  MadeByTool,
  ToolEnv,
} from './types';
