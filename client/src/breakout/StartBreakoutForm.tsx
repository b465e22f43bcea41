import { BREAKOUT_LIMITS, groupCapacity, type Action, type BreakoutMix } from '@moteplass/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

const SIZES = Array.from(
  { length: BREAKOUT_LIMITS.maxGroupSize - BREAKOUT_LIMITS.minGroupSize + 1 },
  (_, i) => BREAKOUT_LIMITS.minGroupSize + i,
);

/** Split the room: how many per group at most, and how to mix them. */
export function StartBreakoutForm({ onStart }: { onStart: (action: Action) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [groupSize, setGroupSize] = useState(4);
  const [mix, setMix] = useState<BreakoutMix>('roles');

  function start(event: FormEvent) {
    event.preventDefault();
    onStart({ type: 'startBreakout', groupSize, mix });
  }

  return (
    <form className="breakout-start" onSubmit={start}>
      <p>{t('breakout.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-size`}>{t('breakout.groupSize')}</label>
        <select
          id={`${id}-size`}
          value={groupSize}
          aria-describedby={`${id}-size-hint`}
          onChange={(e) => setGroupSize(Number(e.target.value))}
        >
          {SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
        <p id={`${id}-size-hint`} className="hint">
          {t('breakout.groupSizeHint', {
            min: BREAKOUT_LIMITS.minGroupSize,
            max: BREAKOUT_LIMITS.maxGroupSize,
          })}
        </p>
      </div>
      <fieldset>
        <legend>{t('breakout.mix')}</legend>
        {(['roles', 'random', 'choose'] as const).map((value) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name={`${id}-mix`}
              value={value}
              checked={mix === value}
              onChange={() => setMix(value)}
            />
            {value === 'roles'
              ? t('breakout.mixRoles')
              : value === 'random'
                ? t('breakout.mixRandom')
                : t('breakoutChoose.mixChoose')}
          </label>
        ))}
        {mix === 'choose' && (
          <p className="hint">
            {t('breakoutChoose.chooseHint', { cap: groupCapacity(groupSize) })}
          </p>
        )}
      </fieldset>
      <button type="submit" className="primary">
        {t('breakout.start')}
      </button>
    </form>
  );
}
