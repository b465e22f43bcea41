import { useTranslation } from 'react-i18next';
import { formatDuration } from './format';
import { useCountdown } from './use-countdown';

/** The countdown of a turn with a limit; past the limit it says by how much. Never a live region. */
export function TurnClock({ endsAt }: { endsAt: number | null }) {
  const { t } = useTranslation();
  const left = useCountdown(endsAt);
  if (left === null) return null;
  return (
    <p className={`turn-clock${left < 0 ? ' turn-clock-over' : ''}`}>
      {left >= 0
        ? t('equality.speaking.timeLeft', { time: formatDuration(left) })
        : t('equality.speaking.overtime', { time: formatDuration(-left) })}
    </p>
  );
}
