import { useTranslation } from 'react-i18next';
import type { NewActionCard } from './add-card';
import { CardField } from './CardField';
import { useCardForm } from './use-card-form';

const EMPTY: NewActionCard = { text: '', owner: '', resources: '', dueDate: '' };

/** "Who does what, with which resources, by when" — the produce phase's action card. */
export function ActionCardForm({
  onAdd,
  blocked,
}: {
  onAdd: (card: NewActionCard) => void;
  blocked: boolean;
}) {
  const { t } = useTranslation();
  const { id, card, set, missingText, submit } = useCardForm({
    empty: EMPTY,
    blocked,
    onAdd,
    addedMessage: t('cards.action.added'),
  });

  return (
    <section className="panel card-form" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('cards.action.formHeading')}</h2>
      <form className="stack" onSubmit={submit} noValidate>
        <CardField
          id={`${id}-text`}
          kind="textarea"
          label={t('cards.action.text')}
          error={missingText ? t('cards.action.textRequired') : null}
          value={card.text}
          disabled={blocked}
          onChange={set('text')}
        />
        <CardField
          id={`${id}-owner`}
          label={t('cards.action.owner')}
          hint={t('cards.action.ownerHint')}
          value={card.owner}
          disabled={blocked}
          onChange={set('owner')}
        />
        <CardField
          id={`${id}-resources`}
          label={t('cards.action.resources')}
          hint={t('cards.action.resourcesHint')}
          value={card.resources}
          disabled={blocked}
          onChange={set('resources')}
        />
        <CardField
          id={`${id}-due`}
          kind="date"
          label={t('cards.action.dueDate')}
          value={card.dueDate}
          disabled={blocked}
          onChange={set('dueDate')}
        />
        <button type="submit" className="primary" disabled={blocked}>
          {t('cards.action.add')}
        </button>
      </form>
    </section>
  );
}
