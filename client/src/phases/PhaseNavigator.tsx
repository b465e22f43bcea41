import { PHASE_IDS, type PhaseId } from '@moteplass/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ViewedPhase } from './use-viewed-phase';

interface PhaseNavigatorProps {
  viewing: ViewedPhase;
  /** The phase the workshop is in (marked "now"). */
  workshopPhase: PhaseId;
  /** Items per phase, shown on each button. */
  counts: Record<PhaseId, number>;
}

/** Move between the four phase frames, and follow the facilitator or not. */
export function PhaseNavigator({ viewing, workshopPhase, counts }: PhaseNavigatorProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <nav className="phase-nav" aria-label={t('board.phaseNavLabel')}>
      <div className="phase-buttons">
        {PHASE_IDS.map((phase) => (
          <button
            key={phase}
            type="button"
            className="phase-button"
            aria-pressed={viewing.phase === phase}
            onClick={() => viewing.browse(phase)}
          >
            {t(`phases.${phase}.title`)} <span className="count">({counts[phase]})</span>
            {phase === workshopPhase && <span className="phase-now"> {t('board.now')}</span>}
          </button>
        ))}
      </div>
      <div className="checkbox-field">
        <input
          id={`${id}-follow`}
          type="checkbox"
          checked={viewing.following}
          aria-describedby={`${id}-follow-hint`}
          onChange={(event) => viewing.setFollowing(event.target.checked)}
        />
        <label htmlFor={`${id}-follow`}>{t('board.follow')}</label>
        <p id={`${id}-follow-hint`} className="hint">
          {viewing.following
            ? t('board.followHint')
            : t('board.notFollowing', { phase: t(`phases.${viewing.followed}.title`) })}
        </p>
      </div>
    </nav>
  );
}
