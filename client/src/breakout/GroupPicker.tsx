import { groupCapacity, groupOf, type BreakoutState } from '@moteplass/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useActionRunner } from '../api';
import { announce } from '../workshop';
import { choiceFailureKey } from './choice-errors';

interface GroupPickerProps {
  /** A running breakout whose choice is open (mix "choose"). */
  breakout: BreakoutState;
  workshopId: string;
  token: string;
  participantId: string;
}

/**
 * A participant picks their group (mix "choose"): every group with how many
 * are in it of how many it takes, and "Bli med". One list, one button per
 * group, so a keyboard or a screen reader goes through it in order; the
 * server refuses a full group, and the list says so before anyone tries.
 */
export function GroupPicker({ breakout, workshopId, token, participantId }: GroupPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const actions = useActionRunner(workshopId, token, choiceFailureKey);
  const mine = groupOf(breakout, participantId);
  const cap = groupCapacity(breakout.groupSize);

  async function join(groupId: string, name: string) {
    if (await actions.run({ type: 'joinGroup', groupId })) {
      announce(t('breakoutChoose.joinedAnnounce', { name }));
    }
  }

  return (
    <section className="group-picker" aria-labelledby={`${id}-heading`} data-group-picker>
      <h2 id={`${id}-heading`}>{t('breakoutChoose.pickerHeading')}</h2>
      <p className="hint">{t('breakoutChoose.pickerIntro')}</p>
      {actions.failure && (
        <p className="error" role="alert">
          {t(actions.failure)}
        </p>
      )}
      <ul>
        {breakout.groups.map((group) => {
          const count = group.members.length;
          const joined = group.id === mine?.id;
          const full = !joined && count >= cap;
          return (
            <li key={group.id} data-group={group.id} className={joined ? 'group-picker-mine' : ''}>
              <span className="group-picker-name">{group.name}</span>
              <span
                className="group-picker-count"
                aria-label={t('breakoutChoose.countLabel', { count, cap })}
              >
                {t('breakoutChoose.count', { count, cap })}
              </span>
              {joined ? (
                <span className="group-picker-state">{t('breakoutChoose.joined')}</span>
              ) : (
                <button
                  type="button"
                  className={full ? undefined : 'primary'}
                  disabled={full || actions.pending !== null}
                  aria-label={
                    full
                      ? `${group.name}: ${t('breakoutChoose.full')}`
                      : t('breakoutChoose.joinLabel', { name: group.name })
                  }
                  onClick={() => void join(group.id, group.name)}
                >
                  {full ? t('breakoutChoose.full') : t('breakoutChoose.join')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
