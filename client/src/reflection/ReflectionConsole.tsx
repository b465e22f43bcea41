import { DEFAULT_REFLECTION_FIELDS, type ReflectionState } from '@moteplass/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseAction } from './use-case-action';
import { ReflectionResults } from './ReflectionResults';
import { fieldsToSend } from './field-list';
import { useFieldText } from './reflection-state';

interface ReflectionConsoleProps {
  round: ReflectionState | null;
  workshopId: string;
  token: string;
}

/**
 * The facilitator's reflection round: choose the fields (the defaults, or an
 * edited list), start, watch how many have answered, close; then the results
 * (chart, table, role means, comments), which the shared screen shows too.
 */
export function ReflectionConsole({ round, workshopId, token }: ReflectionConsoleProps) {
  const { t } = useTranslation();
  const id = useId();
  const { name } = useFieldText();
  const defaults = DEFAULT_REFLECTION_FIELDS.map((field) => name({ id: field }));
  const [text, setText] = useState<string | null>(null);
  const actions = useCaseAction(workshopId, token);
  const shown = text ?? defaults.join('\n');
  const open = round?.status === 'open';

  const start = () => {
    const fields = fieldsToSend(shown, defaults, DEFAULT_REFLECTION_FIELDS);
    void actions
      .run({ type: 'startReflection', ...(fields ? { fields } : {}) })
      .then((reply) => reply && setText(null));
  };

  return (
    <section
      className="panel console-section reflection-console"
      aria-labelledby={`${id}-heading`}
      data-reflection="console"
    >
      <h2 id={`${id}-heading`}>{t('seriesUi.reflection.console.heading')}</h2>
      {open ? (
        <>
          <p className="notice">{t('seriesUi.reflection.console.open')}</p>
          <p className="reflection-count" aria-live="polite">
            {t('seriesUi.reflection.responses', { count: round.responses })}
          </p>
          <button
            type="button"
            className="primary"
            disabled={actions.pending !== null}
            onClick={() => void actions.run({ type: 'closeReflection' })}
          >
            {t('seriesUi.reflection.console.close')}
          </button>
        </>
      ) : (
        <>
          <p className="hint">{t('seriesUi.reflection.console.intro')}</p>
          <label className="field">
            <span>{t('seriesUi.reflection.console.fields')}</span>
            <textarea
              value={shown}
              rows={Math.min(12, Math.max(4, shown.split('\n').length))}
              onChange={(e) => setText(e.target.value)}
              aria-describedby={`${id}-fields-hint`}
            />
          </label>
          <p id={`${id}-fields-hint`} className="hint">
            {t('seriesUi.reflection.console.fieldsHint')}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="primary"
              disabled={actions.pending !== null}
              onClick={start}
            >
              {t('seriesUi.reflection.console.start')}
            </button>
            {text !== null && (
              <button type="button" onClick={() => setText(null)}>
                {t('seriesUi.reflection.console.defaults')}
              </button>
            )}
          </div>
        </>
      )}
      {actions.failure && (
        <p className="error" role="alert">
          {t(actions.failure)}
        </p>
      )}
      {round?.status === 'closed' && round.results && (
        <ReflectionResults
          fields={round.fields}
          results={round.results}
          responses={round.responses}
          previous={round.previous}
          comments={round.comments}
          place="console"
          headingLevel={3}
        />
      )}
    </section>
  );
}
