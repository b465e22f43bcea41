import { Type } from '@sinclair/typebox';
import { itemText, kindFields } from '../fields.js';
import { defineKind } from '../kind.js';

/** Free text on the board, a heading or a label. */
export const TextItemSchema = Type.Object({ ...kindFields('text', 1), text: itemText });

export const textKind = defineKind({
  type: 'text',
  schema: TextItemSchema,
  version: 1,
  migrations: [],
  defaults: () => ({ text: '' }),
  plainText: (item) => item.text,
  traits: { scenery: true, structure: true, continues: true },
  exports: {},
});
