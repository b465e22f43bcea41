import { CardField } from './CardField';
import { useCardForm, type CardEditing } from './use-card-form';

/** One field of a card's form, its words already translated. */
export interface CardFormField<T> {
  key: keyof T & string;
  label: string;
  hint?: string;
  kind?: 'text' | 'textarea' | 'date';
}

/** A choice of one among a few (an indicator's level), shown as radio buttons before the fields. */
export interface CardFormChoice<T> {
  key: keyof T & string;
  legend: string;
  options: readonly { value: string; label: string; hint: string }[];
}

/** What a kind's card form asks and says (client/src/kinds/<kind>/card-form.ts). */
export interface CardFormSpec<T extends { text: string }> {
  empty: T;
  heading: string;
  editHeading: string;
  add: string;
  added: string;
  textRequired: string;
  choice?: CardFormChoice<T>;
  /** The fields after the choice; the one keyed `text` is required. */
  fields: readonly CardFormField<T>[];
}

export interface CardFormProps<T extends { text: string }> {
  onAdd: (card: T) => void;
  blocked: boolean;
  /** Edit an existing card instead: its fields, and how to leave without saving. */
  editing?: CardEditing<T>;
  /** Words for saving and cancelling an edit. */
  editWords: { saved: string; save: string; cancel: string };
}

/**
 * The produce phase's card form, one for every card kind: the kind's field
 * list decides what is asked (an action's owner and date, an indicator's
 * level, baseline, target and how it is measured).
 */
export function CardForm<T extends { text: string }>({
  spec,
  onAdd,
  blocked,
  editing,
  editWords,
}: CardFormProps<T> & { spec: CardFormSpec<T> }) {
  const { id, card, set, missingText, submit } = useCardForm({
    empty: editing?.initial ?? spec.empty,
    blocked,
    onAdd,
    addedMessage: editing ? editWords.saved : spec.added,
  });
  const Heading = editing ? 'h3' : 'h2';
  const value = (key: keyof T) => String(card[key] ?? '');

  return (
    <section
      className={`panel card-form${editing ? ' card-form-editing' : ''}`}
      aria-labelledby={`${id}-heading`}
    >
      <Heading id={`${id}-heading`}>{editing ? spec.editHeading : spec.heading}</Heading>
      <form className="stack" onSubmit={submit} noValidate>
        {spec.choice && (
          <fieldset className="radio-group" disabled={blocked}>
            <legend>{spec.choice.legend}</legend>
            {spec.choice.options.map((option) => {
              const choice = spec.choice!;
              const optionId = `${id}-${choice.key}-${option.value}`;
              return (
                <div key={option.value} className="radio-field">
                  <input
                    id={optionId}
                    type="radio"
                    name={`${id}-${choice.key}`}
                    checked={value(choice.key) === option.value}
                    aria-describedby={`${optionId}-hint`}
                    onChange={() => set(choice.key)(option.value as T[keyof T & string])}
                  />
                  <label htmlFor={optionId}>{option.label}</label>
                  <p id={`${optionId}-hint`} className="hint">
                    {option.hint}
                  </p>
                </div>
              );
            })}
          </fieldset>
        )}
        {spec.fields.map((field) => (
          <CardField
            key={field.key}
            id={`${id}-${field.key}`}
            label={field.label}
            {...(field.hint ? { hint: field.hint } : {})}
            {...(field.kind ? { kind: field.kind } : {})}
            error={field.key === 'text' && missingText ? spec.textRequired : null}
            value={value(field.key)}
            disabled={blocked}
            onChange={(v) => set(field.key)(v as T[keyof T & string])}
          />
        ))}
        <div className="button-row">
          <button type="submit" className="primary" disabled={blocked}>
            {editing ? editWords.save : spec.add}
          </button>
          {editing && (
            <button type="button" onClick={editing.onCancel}>
              {editWords.cancel}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
