import type { Static, TObject } from '@sinclair/typebox';
import { actionKind } from './action/index.js';
import { connectorKind } from './connector/index.js';
import { drawingKind } from './drawing/index.js';
import { frameKind } from './frame/index.js';
import { imageKind } from './image/index.js';
import { indicatorKind } from './indicator/index.js';
import type { ItemKind } from './kind.js';
import { noteKind } from './note/index.js';
import { pollKind } from './poll/index.js';
import { shapeKind } from './shape/index.js';
import { textKind } from './text/index.js';

/**
 * The kinds table: every kind of board item, one line each. Adding a kind is
 * a folder beside these and one line here (docs/adding-a-kind.md); the item
 * union, the update gate, migrations and the exports follow from the list.
 */
export const ITEM_KINDS = [
  noteKind,
  textKind,
  shapeKind,
  connectorKind,
  frameKind,
  drawingKind,
  actionKind,
  indicatorKind,
  imageKind,
  pollKind,
] as const;

type Kinds = typeof ITEM_KINDS;
/** The schemas of the table, as a tuple (what `Type.Union` takes). */
type SchemasOf<T extends readonly unknown[]> = {
  -readonly [I in keyof T]: T[I] extends ItemKind<infer S> ? S : never;
};
export type KindSchemas = SchemasOf<Kinds>;

const BY_TYPE: ReadonlyMap<string, ItemKind> = new Map(
  ITEM_KINDS.map((kind) => [kind.type, kind as unknown as ItemKind]),
);

/** The kind of `type`, or undefined for a type no kind has. */
export function kindOf(type: string): ItemKind | undefined {
  return BY_TYPE.get(type);
}

/** The kind of an item that has passed the schema (its type is known). */
export function kindOfItem<T extends { type: string }>(item: T): ItemKind<TObject> {
  const kind = BY_TYPE.get(item.type);
  if (!kind) throw new Error(`no kind for item type ${item.type}`);
  return kind;
}

/** `plainText` of any valid item, through its kind. */
export function plainTextOf(item: { type: string }): string {
  return kindOfItem(item).plainText(item as Static<TObject>);
}

/** Whether items of `type` have trait `trait` (container, joins, …). */
export function kindHas(type: string, trait: keyof ItemKind['traits']): boolean {
  return kindOf(type)?.traits[trait] === true;
}
