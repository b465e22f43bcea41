import type { Static, TObject, TSchema } from '@sinclair/typebox';
import type { Catalogue } from '../i18n/index.js';

/**
 * One kind of board item (note, frame, poll, …): everything the shared code,
 * the server's validation and the exports need to know about it. The kinds
 * are listed once in `./index.ts`; code outside `kinds/` loops over that list
 * and never names a kind (KIND-1).
 */
export interface ItemKind<S extends TObject = TObject> {
  /** The item's `type` field. */
  readonly type: string;
  /** TypeBox schema of the current version. */
  readonly schema: S;
  /** Current version; items without `v` are version 1. */
  readonly version: number;
  /** Up migrations, in order, from version n to n+1 (KIND-3). Empty at version 1. */
  readonly migrations: readonly ItemMigration[];
  /**
   * Fields earlier versions had, with their schemas. The update gate still
   * admits them, so a client from before a migration can keep writing while
   * readers migrate what it wrote.
   */
  readonly formerFields?: Readonly<Record<string, TSchema>>;
  /** The kind's own fields of a new item (geometry, phase and author come from the caller). */
  defaults(): Partial<Static<S>>;
  /** The item's words, for search, the exports and screen readers; '' when it has none. */
  plainText(item: Static<S>): string;
  /** What the item is for the rules and the exports; absent means false. */
  readonly traits: KindTraits;
  /**
   * Make a not-quite-valid item valid where that loses nothing a reader needs
   * (a note colour written as `#ffe066`); called on the item's own fields only.
   * Returns true when it changed something.
   */
  repair?(fields: Record<string, unknown>): boolean;
  /**
   * The choices people vote on when a vote is on this item (`startVote
   * {pollId}`): their labels, in order; ballot ids are `<itemId>:<index>`.
   * Absent: the item cannot be the subject of a vote of its own.
   */
  ballot?(item: Static<S>): readonly string[];
  /**
   * How the board's picture (JOIN-7: the board zoomed out, without words,
   * painted before the document is in) fills and edges the item, read from
   * its stored fields, which may be anything. Absent: not in the picture
   * (words and lines are too thin to see zoomed out). Frames are drawn as
   * containers, by their trait.
   */
  pictureLook?(read: (field: string) => unknown): PictureLook;
  /** The export's view of the item (CSV cells, report table rows). */
  readonly exports: KindExports<Static<S>>;
}

/** A box's colours in the board's picture. */
export interface PictureLook {
  readonly fill: string;
  readonly edge: string;
}

export interface KindTraits {
  /** People's contributions: listed, grouped and voted on in the report (a note). */
  readonly contribution?: boolean;
  /** Holds other items inside its rectangle; its title heads a group (a frame). */
  readonly container?: boolean;
  /** Placed by the two items it joins, not by its own rectangle (a connector). */
  readonly joins?: boolean;
  /** Sets the scene (frames, headings): a phase with only these has nothing to draw. */
  readonly scenery?: boolean;
  /** The board's structure, kept when a file is imported as a template (people's contributions are not). */
  readonly structure?: boolean;
  /** Words over the board's limit continue on copies below it when imported (EXPORT-4). */
  readonly continues?: boolean;
}

/** Columns of `export.csv` after the common ones, in this order (documented in docs/exports.md). */
export const CSV_KIND_COLUMNS = [
  'actionWho',
  'resources',
  'due',
  'level',
  'baseline',
  'target',
  'measure',
  'colour',
  'measuredBy',
  'schedule',
  'pollOption',
  'pollTally',
  'actionStatus',
] as const;
export type CsvKindColumn = (typeof CSV_KIND_COLUMNS)[number];

/** What a kind's export rows may know besides the item: a closed vote's tallies. */
export interface KindExportContext {
  /** The item's id in the board's `items` map. */
  itemId: string;
  /** Dots the ballot entry `ballotId` got in closed votes; undefined when none has closed. */
  tally(ballotId: string): number | undefined;
}

export interface KindExports<T> {
  /**
   * CSV rows of one item: one row of kind columns for most kinds; a poll
   * gives one row per option. Absent: one row with the common columns only.
   */
  csvRows?(
    item: T,
    words: Catalogue,
    context: KindExportContext,
  ): Partial<Record<CsvKindColumn, string>>[];
  /** A table in the report's phase section listing every item of the kind in that phase. */
  reportTable?: {
    heading(words: Catalogue): string;
    columns(words: Catalogue): string[];
    /** Which columns hold numbers (right-aligned). */
    numeric?: readonly boolean[];
    rows(item: T, words: Catalogue, context: KindExportContext): string[][];
  };
}

/** One named step from version `from` to `from + 1` of a kind, up only. */
export interface ItemMigration {
  /** `<kind>/<to>-<what>`, e.g. `indicator/2-data-source`; stable once released. */
  readonly name: string;
  readonly from: number;
  /** Returns the item at `from + 1`, `v` included. Must not touch fields of other kinds. */
  up(item: Readonly<Record<string, unknown>>): Record<string, unknown>;
}

/** Declare a kind with its schema's types inferred (no casts in the kind folders). */
export function defineKind<S extends TObject>(kind: ItemKind<S>): ItemKind<S> {
  return kind;
}
