import type { BoardItem, NoteColor, ShapeKind } from '@moteplass/shared';
import type { TFunction } from 'i18next';
import type { Rect } from '../canvas/geometry';
import type { ViewDetail } from '../canvas/render/text-plan';
import type { CreateSpec } from '../canvas/tools/types';

/** Every item the client knows a kind for: the shared kinds table's union. */
export type KindItem = BoardItem;
export type KindType = KindItem['type'];
export type ItemOf<K extends KindType> = Extract<KindItem, { type: K }>;

type Ctx = CanvasRenderingContext2D;

/** What drawing an item may need besides the item and its box. */
export interface DrawEnv {
  /** Loaded pictures by image id (images draw their box until theirs is here). */
  images: ReadonlyMap<string, CanvasImageSource>;
  /** The zoom; without it text is drawn as laid out. */
  view?: ViewDetail;
  /** A closed vote's counts by ballot id (`<pollId>:<option>`), for cards that show results. */
  tallies?: ReadonlyMap<string, number>;
  /** The item's id (a poll's ballots are named after it). */
  id?: string;
}

/**
 * How an item sits on the board:
 * - `box`: at its own x, y, w, h, hit anywhere inside;
 * - `link`: between two other items (`from`, `to`); the canvas draws the arrow;
 * - `container`: behind everything, carries what lies inside it, hit on its
 *   title band, titled above itself when zoomed out.
 */
export type Placement = 'box' | 'link' | 'container';

/** The one field a person edits in place (canvas TextEditor, the list's row). */
export interface InPlaceField<T> {
  key: string;
  max: number;
  value: (item: T) => string;
  /** Height of the editor in world units (a frame's title band); default the item's height. */
  band?: number;
  /** Font size at 100 % zoom, pixels. */
  fontPx: number;
  background: (item: T) => string;
}

/** Everything the client knows about one kind of item. */
export interface ClientKind<K extends KindType = KindType> {
  type: K;
  placement: Placement;
  /** Draw the item in world units at box `r` (its own, or a live preview's). */
  draw: (ctx: Ctx, item: ItemOf<K>, r: Rect, env: DrawEnv) => void;
  /** The fill of its coloured block when a few pixels across; null: never drawn as a block. */
  blockFill: ((item: ItemOf<K>) => string) | null;
  /**
   * Zoomed out, drawn in the batch of note-like squares (one fill per colour,
   * its words as a headline) in this fill; absent: drawn on its own.
   */
  batchFill?: (item: ItemOf<K>) => string;
  /** Its words, as the list shows them and a screen reader hears them. */
  words: (item: ItemOf<K>) => string;
  /** Whether a connector may start or end on it (not on a connector, not on a pen stroke). */
  connectable: boolean;
  /** The class of its list row and ballot entry (a note's colour); default `board-item-<type>`. */
  listClass?: (item: ItemOf<K>) => string;
  /** Whether the palette's colours apply to it (a note's `color`). */
  colorable?: boolean;
  /** What is edited in place; null for nothing (a connector, a drawing). */
  edit: InPlaceField<ItemOf<K>> | null;
  /** Whether the list view shows it among a phase's items (not frames, not the produce cards). */
  listed: (id: string, item: ItemOf<K>) => boolean;
  /** Fields to change besides x, y, w, h when resized by sx, sy (a drawing scales its points). */
  scale?: (item: ItemOf<K>, sx: number, sy: number) => Record<string, unknown>;
  /** The uploaded pictures it shows (loaded by the canvas before drawing). */
  pictures?: (item: ItemOf<K>) => string[];
  /** The ballot of a vote on this item (`startVote {pollId}`): one entry per option. */
  ballot?: (id: string, item: ItemOf<K>) => { itemId: string; text: string }[];
  /** Extra words for the screen reader after its own (a poll's options and results). */
  details?: (item: ItemOf<K>, env: DescribeEnv) => string;
  /**
   * A new item from the canvas tool named after this kind: its box and its own
   * fields (the canvas adds phase, author, time and stacking); null when it
   * cannot be made (a connector whose ends are gone). Absent: no tool makes it.
   */
  fromTool?: (spec: ToolSpec<K>, env: ToolEnv) => MadeByTool<K> | null;
}

/** The spec a canvas tool hands over for a kind (CreateSpec narrowed to it). */
export type ToolSpec<K extends KindType> = CreateSpec & { kind: K };

/** What making an item with a tool may read: the palette's choices, other items' boxes. */
export interface ToolEnv {
  color: NoteColor;
  shape: ShapeKind;
  rectOf: (id: string) => Rect | null;
}

export interface MadeByTool<K extends KindType> {
  rect: Rect;
  fields: Partial<ItemOf<K>>;
}

/** What a description may read besides the item. */
export interface DescribeEnv {
  id: string;
  tallies?: ReadonlyMap<string, number>;
  t: TFunction;
}
