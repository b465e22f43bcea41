import type { GroupFloor } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';
import { RoleDot } from './RoleDot';
import { useSpeakerLabel } from './use-speaker-label';

interface ScreenGroupFloorProps {
  floor: GroupFloor;
  /**
   * `line`: "Har ordet: Innbygger (Kari) · 2 hender oppe" on a line of its
   * own; `badge`: beside the group's name on a dense grid, the speaker's role
   * colour and the number of hands, nothing for a quiet group (the screen's
   * legend says which is which), with the full sentence for screen readers.
   */
  variant: 'line' | 'badge';
}

/**
 * One group's floor on the shared screen's group card: who has the word in
 * the group and how many hands are up there (`groupFloors`), so the room
 * sees from the projector which groups talk and where people wait.
 */
export function ScreenGroupFloor({ floor, variant }: ScreenGroupFloorProps) {
  const { t } = useTranslation();
  const label = useSpeakerLabel();
  const { current, queue } = floor.speaking;
  const speaker = current
    ? t('groupEquality.screenSpeaker', { who: label(current) })
    : t('groupEquality.screenNobody');
  const hands = t('groupEquality.screenHands', { count: queue.length });
  const state = current ? 'speaking' : 'open';
  if (variant === 'badge') {
    return (
      <span className="screen-group-badge" data-floor={state} data-hands={queue.length}>
        <span className="visually-hidden">{`${speaker} · ${hands}`}</span>
        <span aria-hidden="true">
          {current && <RoleDot role={current.role} />}
          {queue.length > 0 && <span className="screen-badge-hands">{queue.length}</span>}
        </span>
      </span>
    );
  }
  return (
    <p className="screen-group-floor" data-floor={state} data-hands={queue.length}>
      {current ? (
        <strong>
          <RoleDot role={current.role} /> {speaker}
        </strong>
      ) : (
        speaker
      )}
      {' · '}
      {hands}
    </p>
  );
}
