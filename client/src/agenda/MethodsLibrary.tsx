import {
  METHOD_LIBRARY,
  isLanguage,
  plannedMinutes,
  type AgendaState,
  type Method,
} from '@moteplass/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaRunner } from './use-agenda-actions';

interface MethodsLibraryProps {
  agenda: AgendaState | null;
  actions: AgendaRunner;
}

/**
 * The methods library: a card per method with its name, length and what it
 * is for, and a button that makes its steps the agenda. Open while there is
 * no agenda; folded away (one click to open) once there is one.
 */
export function MethodsLibrary({ agenda, actions }: MethodsLibraryProps) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'nb';
  const id = useId();
  const [chosen, setChosen] = useState<string | null>(null);

  async function choose(method: Method) {
    if (actions.pending) return;
    setChosen(null);
    const reply = await actions.run({ type: 'setAgenda', methodId: method.id });
    if (reply) setChosen(method.name[language]);
  }

  return (
    <section className="panel console-section methods-library" aria-labelledby={`${id}-heading`}>
      <details key={agenda ? 'folded' : 'open'} open={agenda === null}>
        <summary>
          <h2 id={`${id}-heading`}>{t('methods.library.heading')}</h2>
        </summary>
        <p className="hint">{t('methods.library.intro')}</p>
        <ul className="method-cards">
          {METHOD_LIBRARY.map((method) => {
            const name = method.name[language];
            const fits =
              method.phases.length === 0
                ? t('methods.library.anyPhase')
                : t('methods.library.phases', {
                    phases: method.phases.map((phase) => t(`phases.${phase}.title`)).join(', '),
                  });
            return (
              <li key={method.id} className="method-card" data-method={method.id}>
                <h3>{name}</h3>
                <p className="method-meta">
                  {t('methods.library.steps', { count: method.steps.length })} ·{' '}
                  {t('methods.library.minutes', { count: plannedMinutes(method.steps) })} · {fits}
                </p>
                <p className="method-summary">{method.summary[language]}</p>
                <button
                  type="button"
                  aria-label={t('methods.library.useLabel', { name })}
                  onClick={() => void choose(method)}
                >
                  {t('methods.library.use')}
                </button>
              </li>
            );
          })}
        </ul>
      </details>
      {chosen && (
        <p className="notice" role="status">
          {t('methods.library.chosen', { name: chosen })}
        </p>
      )}
    </section>
  );
}
