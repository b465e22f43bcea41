import { Type } from '@sinclair/typebox';
import { literalUnion } from '../../schema.js';
import { itemText, kindFields } from '../fields.js';
import { INK, SURFACE } from '../../board/palette.js';
import { defineKind } from '../kind.js';

export const SHAPE_KINDS = ['rectangle', 'ellipse', 'diamond'] as const;

/** A rectangle, ellipse or diamond, with optional words inside. */
export const ShapeItemSchema = Type.Object({
  ...kindFields('shape', 1),
  shape: literalUnion(SHAPE_KINDS),
  text: Type.Optional(itemText),
});

export const shapeKind = defineKind({
  type: 'shape',
  schema: ShapeItemSchema,
  version: 1,
  migrations: [],
  defaults: () => ({ shape: 'rectangle' as const }),
  plainText: (item) => item.text ?? '',
  traits: { structure: true },
  pictureLook: () => ({ fill: SURFACE, edge: INK }),
  exports: {},
});
