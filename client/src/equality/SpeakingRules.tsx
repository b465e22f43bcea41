import { QUEUE_ORDERS, TURN_LIMIT, type QueueOrder, type SpeakingState } from '@moteplass/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EqualityActions } from './use-equality-action';

/** Queue order and the limit per turn (empty: none). */
export function SpeakingRules({
  speaking,
  actions,
}: {
  speaking: SpeakingState;
  actions: EqualityActions;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [order, setOrder] = useState<QueueOrder>(speaking.order);
  const [limit, setLimit] = useState(speaking.turnLimitSeconds?.toString() ?? '');
  const [invalid, setInvalid] = useState(false);

  function save(event: FormEvent) {
    event.preventDefault();
    const text = limit.trim();
    const seconds = text === '' ? null : Number(text);
    if (
      seconds !== null &&
      (!Number.isInteger(seconds) || seconds < TURN_LIMIT.min || seconds > TURN_LIMIT.max)
    ) {
      setInvalid(true);
      document.getElementById(`${id}-limit`)?.focus();
      return;
    }
    setInvalid(false);
    if (actions.pending === null) {
      void actions.run({ type: 'setSpeakingRules', order, turnLimitSeconds: seconds });
    }
  }

  return (
    <form className="stack speaking-rules" onSubmit={save} noValidate>
      <div className="field">
        <label htmlFor={`${id}-order`}>{t('equality.speaking.order')}</label>
        <select
          id={`${id}-order`}
          value={order}
          onChange={(event) => setOrder(event.target.value as QueueOrder)}
        >
          {QUEUE_ORDERS.map((value) => (
            <option key={value} value={value}>
              {t(`equality.speaking.orders.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-limit`}>{t('equality.speaking.turnLimit')}</label>
        <p id={`${id}-limit-hint`} className="hint">
          {t('equality.speaking.turnLimitHint')}
        </p>
        <input
          id={`${id}-limit`}
          inputMode="numeric"
          value={limit}
          aria-invalid={invalid || undefined}
          aria-describedby={`${id}-limit-hint${invalid ? ` ${id}-limit-error` : ''}`}
          onChange={(event) => setLimit(event.target.value)}
        />
        {invalid && (
          <p id={`${id}-limit-error`} className="error" role="alert">
            {t('equality.speaking.turnLimitInvalid', TURN_LIMIT)}
          </p>
        )}
      </div>
      <button type="submit">{t('equality.speaking.saveRules')}</button>
    </form>
  );
}
