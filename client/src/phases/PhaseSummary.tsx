import { PHASE_IDS, phaseIndex, type PhaseId } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';

interface PhaseSummaryProps {
  phase: PhaseId;
  /** Id for the heading, so a section can be labelled by it. */
  headingId: string;
  /** `screen`: the projector's large type. */
  variant?: 'board' | 'screen';
}

/** The phase the workshop is in: which of the four, what it is for, and its prompts. */
export function PhaseSummary({ phase, headingId, variant = 'board' }: PhaseSummaryProps) {
  const { t } = useTranslation();
  const prompts = t(`phases.${phase}.prompts`, { returnObjects: true });
  return (
    <div className={`phase-summary phase-summary-${variant}`}>
      <p className="phase-step">
        {t('board.phaseStep', { number: phaseIndex(phase) + 1, count: PHASE_IDS.length })}
      </p>
      <h2 id={headingId}>{t('board.phaseHeading', { phase: t(`phases.${phase}.title`) })}</h2>
      <p className="phase-description">{t(`phases.${phase}.description`)}</p>
      {Array.isArray(prompts) && prompts.length > 0 && (
        <div className="prompts">
          <p className="prompt-label">{t('board.promptLabel')}</p>
          {prompts.map((prompt) => (
            <p key={prompt} className="prompt">
              {prompt}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}
