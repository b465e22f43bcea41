import type { ReflectionState } from '@moteplass/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseAction } from './use-case-action';
import { useAnsweredStore } from './answered-store';
import { RatingScale } from './RatingScale';
import { useFieldText } from './reflection-state';

interface ReflectionAnswerProps {
  round: ReflectionState;
  workshopId: string;
  token: string;
}

/**
 * A participant's answer to an open round: each field 1–5, an optional
 * comment, send; sending again replaces the answer (the server keeps one per
 * person, without their name). The room sees only how many have answered.
 */
export function ReflectionAnswer({ round, workshopId, token }: ReflectionAnswerProps) {
  const { t } = useTranslation();
  const id = useId();
  const { name, statement } = useFieldText();
  const mine = useAnsweredStore((s) => s.answers[round.roundId]);
  const remember = useAnsweredStore((s) => s.remember);
  const [ratings, setRatings] = useState<Record<string, number>>(mine?.ratings ?? {});
  const [comment, setComment] = useState(mine?.comment ?? '');
  const [missing, setMissing] = useState(false);
  const [sent, setSent] = useState(false);
  const actions = useCaseAction(workshopId, token);
  const complete = round.fields.every((field) => ratings[field.id] !== undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!complete) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const answer = { ratings, comment: comment.trim() };
    void actions
      .run({
        type: 'submitReflection',
        ratings,
        ...(answer.comment ? { comment: answer.comment } : {}),
      })
      .then((reply) => {
        if (!reply) return;
        remember(round.roundId, answer);
        setSent(true);
      });
  };

  return (
    <section
      className="panel reflection-answer"
      aria-labelledby={`${id}-heading`}
      data-reflection="answer"
    >
      <h2 id={`${id}-heading`}>{t('seriesUi.reflection.heading')}</h2>
      <p className="hint">{t('seriesUi.reflection.intro')}</p>
      <p className="reflection-count" aria-live="polite">
        {t('seriesUi.reflection.responses', { count: round.responses })}
      </p>
      <form onSubmit={submit} noValidate>
        {round.fields.map((field) => (
          <RatingScale
            key={field.id}
            name={`${id}-${field.id}`}
            legend={name(field)}
            statement={statement(field)}
            value={ratings[field.id] ?? null}
            invalid={missing && ratings[field.id] === undefined}
            onChange={(value) => {
              setSent(false);
              setRatings((current) => ({ ...current, [field.id]: value }));
            }}
          />
        ))}
        <label className="field">
          <span>{t('seriesUi.reflection.comment')}</span>
          <textarea
            value={comment}
            maxLength={1000}
            rows={2}
            onChange={(e) => {
              setSent(false);
              setComment(e.target.value);
            }}
          />
        </label>
        {missing && (
          <p className="error" role="alert">
            {t('seriesUi.reflection.missing')}
          </p>
        )}
        {actions.failure && (
          <p className="error" role="alert">
            {t(actions.failure)}
          </p>
        )}
        <button type="submit" className="primary" disabled={actions.pending !== null}>
          {mine ? t('seriesUi.reflection.change') : t('seriesUi.reflection.submit')}
        </button>
        {sent && (
          <p className="notice" role="status">
            {t('seriesUi.reflection.sent')}
          </p>
        )}
      </form>
    </section>
  );
}
