import { Type } from '@sinclair/typebox';
import { literalUnion } from '../../schema.js';
import { itemText, kindFields, shortText } from '../fields.js';
import { CARD_STYLE } from '../../board/palette.js';
import { defineKind } from '../kind.js';
import { indicatorDataSource } from './migrations.js';

/** The three levels of effect a co-produced service is measured on. */
export const INDICATOR_KINDS = ['output', 'outcome', 'impact'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/**
 * Produce phase: an impact indicator with its baseline (nullpunktsmåling) and
 * target, and — since version 2 — where the data comes from, who measures and
 * when (the impact chain of issue 18 links them).
 */
export const IndicatorItemSchema = Type.Object({
  ...kindFields('indicator', 2),
  kind: literalUnion(INDICATOR_KINDS),
  text: itemText,
  baseline: shortText,
  target: shortText,
  /** Where the figures come from (a survey, Ungdata, a register); version 1's `measure`. */
  dataSource: shortText,
  /** Who measures: a role or an organisation. */
  measuredBy: shortText,
  /** When or how often it is measured ("every spring"). */
  schedule: shortText,
});

export const indicatorKind = defineKind({
  type: 'indicator',
  schema: IndicatorItemSchema,
  version: 2,
  migrations: [indicatorDataSource],
  formerFields: { measure: shortText },
  defaults: () => ({
    v: 2 as const,
    kind: 'output' as const,
    text: '',
    baseline: '',
    target: '',
    dataSource: '',
    measuredBy: '',
    schedule: '',
  }),
  plainText: (item) => item.text,
  traits: {},
  pictureLook: () => ({ fill: CARD_STYLE.indicator.fill, edge: CARD_STYLE.indicator.stroke }),
  exports: {
    csvRows: (item, words) => [
      {
        level: words.export.indicatorKinds[item.kind],
        baseline: item.baseline,
        target: item.target,
        measure: item.dataSource,
        measuredBy: item.measuredBy,
        schedule: item.schedule,
      },
    ],
    reportTable: {
      heading: (words) => words.export.report.indicators,
      columns: ({ export: { report }, itemKinds }) => [
        report.level,
        report.text,
        report.baseline,
        report.target,
        itemKinds.indicator.dataSource,
        itemKinds.indicator.measuredBy,
        itemKinds.indicator.schedule,
      ],
      rows: (item, words) => [
        [
          words.export.indicatorKinds[item.kind],
          item.text,
          item.baseline,
          item.target,
          item.dataSource,
          item.measuredBy,
          item.schedule,
        ],
      ],
    },
  },
});
