import { Type } from '@sinclair/typebox';
import { literalUnion } from '../../schema.js';
import { itemText, kindFields } from '../fields.js';
import { defineKind } from '../kind.js';
import { NOTE_EDGE, NOTE_FILLS } from '../../board/palette.js';
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
  // In the colour the live canvas draws it in, also when stored as `#ffe066` (see `repair`).
  pictureLook: (read) => {
    const color = read('color');
    const name = nearestNoteColor(typeof color === 'string' ? color : '');
    return { fill: NOTE_FILLS[name], edge: NOTE_EDGE };
  },
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
