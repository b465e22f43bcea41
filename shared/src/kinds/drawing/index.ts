import { Type } from '@sinclair/typebox';
import { kindFields } from '../fields.js';
import { defineKind } from '../kind.js';

/** A pen stroke: x,y pairs relative to the item's corner. */
export const DrawingItemSchema = Type.Object({
  ...kindFields('drawing', 1),
  points: Type.Array(Type.Number(), { maxItems: 20_000 }),
});

export const drawingKind = defineKind({
  type: 'drawing',
  schema: DrawingItemSchema,
  version: 1,
  migrations: [],
  defaults: () => ({ points: [] }),
  plainText: () => '',
  traits: { structure: true },
  exports: {},
});
