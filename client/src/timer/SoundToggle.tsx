import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { unlockChime } from './chime';
import { useSoundStore, type TimerPlace } from './sound-store';

/** The chime at the end: off until this person turns it on, here (or, from the console, for the shared screen). */
export function SoundToggle({
  place,
  label,
  hint,
}: {
  place: TimerPlace;
  label?: string;
  hint?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const on = useSoundStore((state) => state.soundOn[place]);
  const setSound = useSoundStore((state) => state.setSound);
  return (
    <div className="checkbox-field">
      <input
        id={id}
        type="checkbox"
        checked={on}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          // The click is the gesture a browser needs before a page may play sound.
          if (event.target.checked) unlockChime();
          setSound(place, event.target.checked);
        }}
      />
      <label htmlFor={id}>{label ?? t('timer.sound')}</label>
      <p id={`${id}-hint`} className="hint">
        {hint ?? t('timer.soundHint')}
      </p>
    </div>
  );
}
