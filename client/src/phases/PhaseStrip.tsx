import { PHASE_IDS, type PhaseId } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';
import type { ViewedPhase } from './use-viewed-phase';

interface PhaseStripProps {
  viewing: ViewedPhase;
  workshopPhase: PhaseId;
  counts: Record<PhaseId, number>;
}

/**
 * The four phases as one slim segmented control over the canvas: one click
 * shows a phase (and stops following the facilitator; the banner brings
 * one back). The list's PhaseNavigator is the same with the follow switch.
 */
export function PhaseStrip({ viewing, workshopPhase, counts }: PhaseStripProps) {
  const { t } = useTranslation();
  return (
    <nav className="phase-strip" aria-label={t('layout.phases')}>
      {PHASE_IDS.map((phase, index) => (
        <button
          key={phase}
          type="button"
          aria-pressed={viewing.phase === phase}
          aria-current={phase === workshopPhase ? 'step' : undefined}
          onClick={() => viewing.browse(phase)}
        >
          <span className="phase-strip-number" aria-hidden="true">
            {index + 1}
          </span>{' '}
          {t(`phases.${phase}.title`)} <span className="count">{counts[phase]}</span>
          {phase === workshopPhase && <span className="phase-now"> {t('layout.now')}</span>}
        </button>
      ))}
    </nav>
  );
}
