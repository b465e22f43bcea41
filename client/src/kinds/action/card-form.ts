import { ACTION_STATUSES } from '@moteplass/shared';
import type { TFunction } from 'i18next';
import type { NewActionCard } from '../../board/add-card';
import type { CardFormSpec } from '../../board/CardForm';

/** The action card's form: what is done, by whom, with what, by when. */
export function actionCardForm(t: TFunction): CardFormSpec<NewActionCard> {
  return {
    empty: { text: '', owner: '', resources: '', dueDate: '', status: 'planned' },
    heading: t('cards.action.formHeading'),
    editHeading: t('cards.edit.actionHeading'),
    add: t('cards.action.add'),
    added: t('cards.action.added'),
    textRequired: t('cards.action.textRequired'),
    // A series follows each action from meetup to meetup (issue 18).
    choice: {
      key: 'status',
      legend: t('itemKinds.action.status'),
      options: ACTION_STATUSES.map((status) => ({
        value: status,
        label: t(`itemKinds.action.statuses.${status}`),
        hint: t(`itemKinds.action.statusHints.${status}`),
      })),
    },
    fields: [
      { key: 'text', kind: 'textarea', label: t('cards.action.text') },
      { key: 'owner', label: t('cards.action.owner'), hint: t('cards.action.ownerHint') },
      {
        key: 'resources',
        label: t('cards.action.resources'),
        hint: t('cards.action.resourcesHint'),
      },
      { key: 'dueDate', kind: 'date', label: t('cards.action.dueDate') },
    ],
  };
}
