import { Type } from '@sinclair/typebox';
import { literalUnion } from '../../schema.js';
import { itemText, kindFields } from '../fields.js';
import { defineKind } from '../kind.js';
import { NOTE_COLORS } from './colours.js';
import { nearestNoteColor } from './nearest-colour.js';

/** A sticky note: the participants' contribution, grouped, voted on and listed in the report. */
export const NoteItemSchema = Type.Object({
  ...kindFields('note', 1),
  text: itemText,
  color: literalUnion(NOTE_COLORS),
});

export const noteKind = defineKind({
  type: 'note',
  schema: NoteItemSchema,
  version: 1,
  migrations: [],
  defaults: () => ({ text: '', color: 'yellow' as const }),
  plainText: (item) => item.text,
  traits: { contribution: true, continues: true },
  // Another client may write `#ffe066` or `teal`: drawn in the nearest palette colour (EXPORT-4).
  repair(fields) {
    const before = fields['color'];
    fields['color'] = nearestNoteColor(typeof before === 'string' ? before : '');
    return fields['color'] !== before;
  },
  exports: {
    csvRows: (item, words) => [{ colour: words.canvas.colors[item.color] }],
  },
});
