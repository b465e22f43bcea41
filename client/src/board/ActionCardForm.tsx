import { useTranslation } from 'react-i18next';
import type { NewActionCard } from './add-card';
import { CardField } from './CardField';
import { useCardForm, type CardEditing } from './use-card-form';

const EMPTY: NewActionCard = { text: '', owner: '', resources: '', dueDate: '' };

/** "Who does what, with which resources, by when" — the produce phase's action card. */
export function ActionCardForm({
  onAdd,
  blocked,
  editing,
}: {
  onAdd: (card: NewActionCard) => void;
  blocked: boolean;
  /** Edit an existing card instead: its fields, and how to leave without saving. */
  editing?: CardEditing<NewActionCard>;
}) {
  const { t } = useTranslation();
  const { id, card, set, missingText, submit } = useCardForm({
    empty: editing?.initial ?? EMPTY,
    blocked,
    onAdd,
    addedMessage: editing ? t('cards.edit.saved') : t('cards.action.added'),
  });
  const Heading = editing ? 'h3' : 'h2';

  return (
    <section
      className={`panel card-form${editing ? ' card-form-editing' : ''}`}
      aria-labelledby={`${id}-heading`}
    >
      <Heading id={`${id}-heading`}>
        {editing ? t('cards.edit.actionHeading') : t('cards.action.formHeading')}
      </Heading>
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
        <div className="button-row">
          <button type="submit" className="primary" disabled={blocked}>
            {editing ? t('cards.edit.save') : t('cards.action.add')}
          </button>
          {editing && (
            <button type="button" onClick={editing.onCancel}>
              {t('cards.edit.cancel')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
