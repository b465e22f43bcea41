import { useTranslation } from 'react-i18next';
import { personText } from './person-label';
import type { Peer } from './presence-state';

/** "You are following X — stop": visible and announced while the board follows someone. */
export function FollowBanner({
  following,
  onStop,
}: {
  following: Peer | null;
  onStop: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div role="status" className="follow-banner-slot">
      {following && (
        <p className="notice follow-banner" style={{ borderColor: following.color }}>
          {t('presence.following', { name: personText(t, following) })}{' '}
          <button type="button" onClick={onStop}>
            {t('presence.stopFollowing')}
          </button>
        </p>
      )}
    </div>
  );
}
