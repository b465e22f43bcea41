import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { announce } from '../workshop';
import type { NewActionCard } from './add-card';
import { CardField } from './CardField';

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
  const id = useId();
  const [card, setCard] = useState(EMPTY);
  const [missingText, setMissingText] = useState(false);
  const set = (key: keyof NewActionCard) => (value: string) => setCard({ ...card, [key]: value });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (blocked) return;
    const text = card.text.trim();
    if (!text) {
      setMissingText(true);
      document.getElementById(`${id}-text`)?.focus();
      return;
    }
    onAdd({
      text,
      owner: card.owner.trim(),
      resources: card.resources.trim(),
      dueDate: card.dueDate,
    });
    setCard(EMPTY);
    setMissingText(false);
    announce(t('cards.action.added'));
  }

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
          onChange={(value) => {
            set('text')(value);
            setMissingText(false);
          }}
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
