import { currentAgendaStep, type AgendaState } from '@moteplass/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface CurrentStepProps {
  agenda: AgendaState | null;
  /** `board`: the participant's panel; `screen`: the shared screen's side column. */
  place: 'board' | 'screen';
}

/**
 * What the room is doing now: the running step's title and prompt, as the
 * facilitator would say it. Nothing while no agenda step runs.
 */
export function CurrentStep({ agenda, place }: CurrentStepProps) {
  const { t } = useTranslation();
  const id = useId();
  const step = currentAgendaStep(agenda);
  if (!step || !agenda || agenda.current === null) return null;
  return (
    <section
      className={`current-step current-step-${place}`}
      aria-labelledby={`${id}-title`}
      {...(place === 'screen' ? { 'data-screen': 'agenda' } : { 'data-agenda-current': '' })}
    >
      <p className="current-step-kicker">
        {t('methods.step.label')} ·{' '}
        {t('methods.agenda.stepOf', { index: agenda.current + 1, total: agenda.steps.length })}
      </p>
      <h2 id={`${id}-title`} className="current-step-title">
        {step.title}
      </h2>
      {step.prompt && <p className="current-step-prompt">{step.prompt}</p>}
    </section>
  );
}
