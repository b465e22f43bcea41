import { LIMITS, POLL_MAX_OPTIONS, POLL_MIN_OPTIONS } from '@moteplass/shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pollFields, type NewPoll } from './add-poll';

const EMPTY: NewPoll = { question: '', options: ['', ''] };

/**
 * Make a poll card: a question and 2–8 options. Refused with the reason next
 * to the field (and focus on it) while the question or the options are missing.
 */
export function PollForm({ onAdd, blocked }: { onAdd: (poll: NewPoll) => void; blocked: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<NewPoll>(EMPTY);
  const [error, setError] = useState<'question' | 'options' | null>(null);
  const [added, setAdded] = useState(false);
  const question = useRef<HTMLInputElement>(null);
  const firstOption = useRef<HTMLInputElement>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (blocked) return;
    const poll = pollFields(draft);
    if (!poll) {
      const missing = draft.question.trim() ? 'options' : 'question';
      setError(missing);
      (missing === 'question' ? question : firstOption).current?.focus();
      return;
    }
    setError(null);
    onAdd(poll);
    setDraft(EMPTY);
    setAdded(true);
  }

  const setOption = (index: number, value: string) =>
    setDraft((d) => ({ ...d, options: d.options.map((o, i) => (i === index ? value : o)) }));

  return (
    <section className="panel card-form poll-form" aria-labelledby={`${id}-heading`}>
      {/* Folded: making a poll is now and then; writing notes is what the panel is for. */}
      <details>
        <summary>
          <h2 id={`${id}-heading`}>{t('poll.formHeading')}</h2>
        </summary>
        <form className="stack" onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor={`${id}-question`}>{t('poll.question')}</label>
            <input
              id={`${id}-question`}
              ref={question}
              value={draft.question}
              maxLength={LIMITS.titleLength}
              disabled={blocked}
              aria-invalid={error === 'question' || undefined}
              aria-describedby={error === 'question' ? `${id}-error` : undefined}
              onChange={(e) => setDraft((d) => ({ ...d, question: e.target.value }))}
            />
          </div>
          <fieldset className="poll-options" disabled={blocked}>
            <legend>{t('poll.optionsLegend')}</legend>
            {draft.options.map((option, index) => (
              <div className="field poll-option-field" key={index}>
                <label htmlFor={`${id}-option-${index}`}>
                  {t('poll.optionLabel', { index: index + 1 })}
                </label>
                <input
                  id={`${id}-option-${index}`}
                  ref={index === 0 ? firstOption : undefined}
                  value={option}
                  maxLength={LIMITS.cardFieldLength}
                  aria-invalid={error === 'options' || undefined}
                  aria-describedby={error === 'options' ? `${id}-error` : undefined}
                  onChange={(e) => setOption(index, e.target.value)}
                />
                {draft.options.length > POLL_MIN_OPTIONS && (
                  <button
                    type="button"
                    onClick={() =>
                      setDraft((d) => ({ ...d, options: d.options.filter((_, i) => i !== index) }))
                    }
                  >
                    {t('poll.removeOption', { index: index + 1 })}
                  </button>
                )}
              </div>
            ))}
            {draft.options.length < POLL_MAX_OPTIONS && (
              <button
                type="button"
                onClick={() => setDraft((d) => ({ ...d, options: [...d.options, ''] }))}
              >
                {t('poll.addOption')}
              </button>
            )}
          </fieldset>
          {error && (
            <p id={`${id}-error`} className="error" role="alert">
              {error === 'question'
                ? t('poll.questionRequired')
                : t('poll.optionsRequired', { min: POLL_MIN_OPTIONS, max: POLL_MAX_OPTIONS })}
            </p>
          )}
          <div className="button-row">
            <button type="submit" className="primary" disabled={blocked}>
              {t('poll.create')}
            </button>
          </div>
          <p className="visually-hidden" role="status">
            {added ? t('poll.added') : ''}
          </p>
        </form>
      </details>
    </section>
  );
}
