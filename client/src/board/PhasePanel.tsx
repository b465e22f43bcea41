import type { PhaseId } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';

/** The phase the facilitator has set, and a question to start from. */
export function PhasePanel({ phase }: { phase: PhaseId }) {
  const { t } = useTranslation();
  const prompts = t(`phases.${phase}.prompts`, { returnObjects: true });
  const firstPrompt = Array.isArray(prompts) ? prompts[0] : undefined;

  return (
    <section className="panel phase-panel" aria-labelledby="phase-heading">
      <h2 id="phase-heading">{t('board.phaseHeading', { phase: t(`phases.${phase}.title`) })}</h2>
      <p>{t(`phases.${phase}.description`)}</p>
      {firstPrompt && (
        <p className="prompt">
          <span className="prompt-label">{t('board.promptLabel')}</span>{' '}
          <strong>{firstPrompt}</strong>
        </p>
      )}
    </section>
  );
}
