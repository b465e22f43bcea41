import { INDICATOR_KINDS } from '@moteplass/shared';
import type { TFunction } from 'i18next';
import type { NewIndicator } from '../../board/add-card';
import type { CardFormSpec } from '../../board/CardForm';

/** The indicator's form: its level, what is measured, from where to where, and how (version 2). */
export function indicatorCardForm(t: TFunction): CardFormSpec<NewIndicator> {
  return {
    empty: {
      kind: 'output',
      text: '',
      baseline: '',
      target: '',
      dataSource: '',
      measuredBy: '',
      schedule: '',
    },
    heading: t('cards.indicator.formHeading'),
    editHeading: t('cards.edit.indicatorHeading'),
    add: t('cards.indicator.add'),
    added: t('cards.indicator.added'),
    textRequired: t('cards.indicator.textRequired'),
    choice: {
      key: 'kind',
      legend: t('cards.indicator.kind'),
      options: INDICATOR_KINDS.map((kind) => ({
        value: kind,
        label: t(`cards.indicator.kinds.${kind}`),
        hint: t(`cards.indicator.kindHints.${kind}`),
      })),
    },
    fields: [
      { key: 'text', kind: 'textarea', label: t('cards.indicator.text') },
      {
        key: 'baseline',
        label: t('cards.indicator.baseline'),
        hint: t('cards.indicator.baselineHint'),
      },
      { key: 'target', label: t('cards.indicator.target') },
      { key: 'dataSource', label: t('itemKinds.indicator.dataSource') },
      { key: 'measuredBy', label: t('itemKinds.indicator.measuredBy') },
      { key: 'schedule', label: t('itemKinds.indicator.schedule') },
    ],
  };
}
