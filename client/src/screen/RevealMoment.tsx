import type { LastReveal } from '@moteplass/shared';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { announce } from '../workshop';
import { useRevealMoment } from './use-reveal-moment';

/**
 * The reveal after silent writing as a moment the room notices: a banner
 * "12 notes revealed" over the board and a gentle glow round it (no motion
 * for those who asked for less, see screen.css), said once to screen readers.
 */
export function RevealMoment({ lastReveal }: { lastReveal: LastReveal | null }) {
  const { t } = useTranslation();
  const moment = useRevealMoment(lastReveal);
  const count = moment?.notes ?? 0;
  const key = moment?.revealedAt ?? null;
  useEffect(() => {
    if (key !== null) announce(t('screen.revealed', { count }));
  }, [key, count, t]);
  if (!moment) return null;
  return (
    <div className="screen-reveal" key={moment.revealedAt}>
      <div className="screen-reveal-glow" aria-hidden="true" />
      <p className="screen-reveal-banner">{t('screen.revealed', { count })}</p>
    </div>
  );
}
