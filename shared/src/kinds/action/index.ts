import { Type } from '@sinclair/typebox';
import { literalUnion } from '../../schema.js';
import { dateOrEmpty, itemText, kindFields, shortText } from '../fields.js';
import { CARD_STYLE } from '../../board/palette.js';
import { defineKind } from '../kind.js';
import { actionStatus } from './migrations.js';

/** Where an action stands; a series follows it from meetup to meetup (issue 18). */
export const ACTION_STATUSES = ['planned', 'underway', 'done', 'stopped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/**
 * Produce phase: "who does what, with which resources, by when". `owner` is a
 * role or an organisation, not a person's account (there are none). Since
 * version 2 it has a status.
 */
export const ActionCardItemSchema = Type.Object({
  ...kindFields('action', 2),
  text: itemText,
  owner: shortText,
  resources: shortText,
  dueDate: dateOrEmpty,
  status: literalUnion(ACTION_STATUSES),
});

export const actionKind = defineKind({
  type: 'action',
  schema: ActionCardItemSchema,
  version: 2,
  migrations: [actionStatus],
  defaults: () => ({
    v: 2 as const,
    text: '',
    owner: '',
    resources: '',
    dueDate: '',
    status: 'planned' as const,
  }),
  plainText: (item) => item.text,
  traits: {},
  pictureLook: () => ({ fill: CARD_STYLE.action.fill, edge: CARD_STYLE.action.stroke }),
  exports: {
    csvRows: (item, words) => [
      {
        actionWho: item.owner,
        resources: item.resources,
        due: item.dueDate,
        actionStatus: words.itemKinds.action.statuses[item.status],
      },
    ],
    reportTable: {
      heading: (words) => words.export.report.actions,
      columns: ({ export: { report }, itemKinds }) => [
        report.actionWhat,
        report.actionWho,
        report.resources,
        report.due,
        itemKinds.action.status,
      ],
      rows: (item, words) => [
        [
          item.text,
          item.owner,
          item.resources,
          item.dueDate,
          words.itemKinds.action.statuses[item.status],
        ],
      ],
    },
  },
});

export function isActionStatus(value: unknown): value is ActionStatus {
  return typeof value === 'string' && (ACTION_STATUSES as readonly string[]).includes(value);
}
