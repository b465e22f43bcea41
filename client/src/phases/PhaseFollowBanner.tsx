import { useTranslation } from 'react-i18next';
import type { ViewedPhase } from './use-viewed-phase';

/**
 * While this board does not follow the facilitator: which phase they are on,
 * and one click to go there (and follow again). The live region is always
 * there so the banner's appearance is announced.
 */
export function PhaseFollowBanner({ viewing }: { viewing: ViewedPhase }) {
  const { t } = useTranslation();
  return (
    <div role="status" className="phase-follow-slot">
      {!viewing.following && (
        <div className="phase-follow-banner" data-follow-banner="">
          <p>
            {t('layout.followBanner', {
              phase: t(`phases.${viewing.followed}.title`),
              viewing: t(`phases.${viewing.phase}.title`),
            })}
          </p>
          <button type="button" className="primary" onClick={() => viewing.setFollowing(true)}>
            {t('layout.goThere')}
          </button>
        </div>
      )}
    </div>
  );
}
