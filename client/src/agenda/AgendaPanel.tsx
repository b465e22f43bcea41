import type { Action, AgendaState, AgendaStep } from '@moteplass/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useFormatters } from '../workshop';
import { describeControls, formatDuration } from './step-controls';
import type { AgendaRunner } from './use-agenda-actions';

interface AgendaPanelProps {
  agenda: AgendaState | null;
  actions: AgendaRunner;
}

/** A step's control that did not start, in the words of the console ("Groups of 4"). */
function outcomeLabel(t: TFunction, type: string, step: AgendaStep | undefined): string {
  const controls = step?.controls ?? {};
  switch (type) {
    case 'startSilentWriting':
      return t('methods.agenda.controlSilentWriting');
    case 'startVote':
      return t('methods.agenda.controlVote', { count: controls.vote?.dots ?? 0 });
    case 'startRound':
      return t('methods.agenda.controlSpeakingRound');
    case 'setAnonymity':
      return t('methods.agenda.controlAnonymity');
    case 'startBreakout':
      return t('methods.agenda.controlBreakout', { size: controls.breakout?.groupSize ?? 0 });
    case 'startTimer':
      return t('timer.heading');
    default:
      return type;
  }
}

/**
 * The agenda in the console: the ordered steps with planned minutes and what
 * actually happened, the running step marked (`aria-current="step"`) with its
 * prompt, and the buttons that drive it. The server starts each step's phase,
 * timer and controls together; what could not start is said here.
 */
export function AgendaPanel({ agenda, actions }: AgendaPanelProps) {
  const { t } = useTranslation();
  const { time } = useFormatters();
  const id = useId();
  const [notStarted, setNotStarted] = useState<string[]>([]);
  const busy = actions.pending !== null;

  async function send(action: Action, index: number | null) {
    if (busy) return;
    setNotStarted([]);
    const reply = await actions.run(action);
    const outcomes = (reply?.controls ?? []) as { type: string; ok: boolean }[];
    const step = index === null ? undefined : agenda?.steps[index];
    setNotStarted(
      outcomes
        .filter((outcome) => !outcome.ok)
        .map((outcome) => outcomeLabel(t, outcome.type, step)),
    );
  }

  const running = agenda?.status === 'running';
  const current = running ? agenda.current : null;
  const last = (agenda?.steps.length ?? 0) - 1;
  const nextIndex = current === null ? 0 : current + 1;
  const total = agenda?.steps.reduce((sum, step) => sum + step.minutes, 0) ?? 0;

  return (
    <section className="panel console-section agenda-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('methods.agenda.heading')}</h2>
      {!agenda ? (
        <p className="hint">{t('methods.agenda.none')}</p>
      ) : (
        <>
          <p className="hint">{t('methods.agenda.total', { minutes: total })}</p>
          <ol className="agenda-steps" data-agenda-steps>
            {agenda.steps.map((step, index) => {
              const isCurrent = index === current;
              const controls = describeControls(t, step);
              return (
                <li
                  key={index}
                  className={`agenda-step${isCurrent ? ' agenda-step-current' : ''}`}
                  aria-current={isCurrent ? 'step' : undefined}
                  data-agenda-step={index}
                >
                  <div className="agenda-step-head">
                    <span className="agenda-step-title">
                      {isCurrent && (
                        <span className="agenda-now">{t('methods.agenda.current')}: </span>
                      )}
                      {step.title}
                    </span>
                    {!isCurrent && (
                      <button
                        type="button"
                        className="agenda-step-start"
                        aria-label={t('methods.agenda.startStepLabel', { title: step.title })}
                        onClick={() => void send({ type: 'startStep', index }, index)}
                      >
                        {t('methods.agenda.startStep')}
                      </button>
                    )}
                  </div>
                  <p className="agenda-step-meta">
                    {t('methods.agenda.planned', { minutes: step.minutes })}
                    {step.startedAt !== null &&
                      (step.endedAt !== null
                        ? ` · ${t('methods.agenda.actual', { duration: formatDuration(step.endedAt - step.startedAt) })}`
                        : ` · ${t('methods.agenda.running', { time: time(step.startedAt) })}`)}
                  </p>
                  {controls.length > 0 && (
                    <p className="agenda-step-controls">{controls.join(' · ')}</p>
                  )}
                  {isCurrent && step.prompt && <p className="agenda-step-prompt">{step.prompt}</p>}
                </li>
              );
            })}
          </ol>
          <div className="button-row">
            {agenda.status === 'planned' && (
              <button
                type="button"
                className="primary"
                onClick={() => void send({ type: 'nextStep' }, 0)}
              >
                {t('methods.agenda.start')}
              </button>
            )}
            {running && nextIndex <= last && (
              <button
                type="button"
                className="primary"
                onClick={() => void send({ type: 'nextStep' }, nextIndex)}
              >
                {t('methods.agenda.next')}
              </button>
            )}
            {running && (
              <button type="button" onClick={() => void send({ type: 'endAgenda' }, null)}>
                {t('methods.agenda.end')}
              </button>
            )}
          </div>
          {agenda.status === 'ended' && <p className="notice">{t('methods.agenda.ended')}</p>}
        </>
      )}
      {notStarted.length > 0 && (
        <p className="notice" role="status">
          {t('methods.agenda.notStarted', { list: notStarted.join(', ') })}
        </p>
      )}
      {actions.failure && (
        <p className="error" role="alert">
          {t(actions.failure)}
        </p>
      )}
    </section>
  );
}
