import { Type } from '@sinclair/typebox';
import { dateOrEmpty, itemText, kindFields, shortText } from '../fields.js';
import { defineKind } from '../kind.js';

/**
 * Produce phase: "who does what, with which resources, by when". `owner` is a
 * role or an organisation, not a person's account (there are none).
 */
export const ActionCardItemSchema = Type.Object({
  ...kindFields('action', 1),
  text: itemText,
  owner: shortText,
  resources: shortText,
  dueDate: dateOrEmpty,
});

export const actionKind = defineKind({
  type: 'action',
  schema: ActionCardItemSchema,
  version: 1,
  migrations: [],
  defaults: () => ({ text: '', owner: '', resources: '', dueDate: '' }),
  plainText: (item) => item.text,
  traits: {},
  exports: {
    csvRows: (item) => [{ actionWho: item.owner, resources: item.resources, due: item.dueDate }],
    reportTable: {
      heading: (words) => words.export.report.actions,
      columns: ({ export: { report } }) => [
        report.actionWhat,
        report.actionWho,
        report.resources,
        report.due,
      ],
      rows: (item) => [[item.text, item.owner, item.resources, item.dueDate]],
    },
  },
});
