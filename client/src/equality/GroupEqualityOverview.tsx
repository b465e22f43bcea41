import {
  groupFloor,
  hostOf,
  type BreakoutGroup,
  type GroupScope,
  type ParticipantSummary,
} from '@moteplass/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { ActionFailure } from '../api';
import { announce } from '../workshop';
import { useEqualityState } from './equality-state';
import { useGroupFloors } from './group-floors';
import { useEqualityAction } from './use-equality-action';
import { useSpeakerLabel } from './use-speaker-label';

interface GroupEqualityOverviewProps {
  workshop: Y.Map<unknown>;
  workshopId: string;
  token: string;
  /** The console's participant list, for names in the host choice. */
  participants: readonly ParticipantSummary[];
}

/** Whether a round with this scope runs in `group` (one group's, every group's, or the room's). */
const runsIn = (scope: GroupScope | null, group: BreakoutGroup) =>
  scope !== null &&
  (scope.allGroups === true || scope.groupId === group.id || scope.groupId === undefined);

/**
 * The console's table of equality per breakout group: who hosts it (the
 * facilitator sets or clears the seat here), how many hands are up, who has
 * the word, and whether silent writing or a vote runs there (GROUPEQ-1…5);
 * the facilitator starts or ends a round in a group here (GROUPEQ-7).
 */
export function GroupEqualityOverview({
  workshop,
  workshopId,
  token,
  participants,
}: GroupEqualityOverviewProps) {
  const { t } = useTranslation();
  const id = useId();
  const label = useSpeakerLabel();
  const view = useGroupFloors(workshop);
  const { silent, vote } = useEqualityState(workshop);
  const actions = useEqualityAction(workshopId, token);
  const groups = view.breakout?.groups ?? [];
  if (groups.length === 0) return null;
  const nameOf = (participantId: string) => {
    const person = participants.find((p) => p.id === participantId);
    if (!person) return t('breakout.unnamedPerson');
    return label({
      participantId,
      role: person.role,
      ...(person.name ? { name: person.name } : {}),
    });
  };

  async function setHost(group: BreakoutGroup, participantId: string | null) {
    if (actions.pending !== null) return;
    if (await actions.run({ type: 'setGroupHost', groupId: group.id, participantId })) {
      announce(
        participantId
          ? t('groupEquality.hostSet', { who: nameOf(participantId), group: group.name })
          : t('groupEquality.hostCleared', { group: group.name }),
      );
    }
  }

  return (
    <section className="group-equality" aria-labelledby={`${id}-heading`} data-group-equality="">
      <h3 id={`${id}-heading`}>{t('groupEquality.overviewHeading')}</h3>
      <ActionFailure failure={actions.failure} />
      <ul className="group-equality-list" role="list">
        {groups.map((group) => {
          const floor = groupFloor(view.floors, group.id);
          const host = hostOf(view.breakout, view.floors, group.id);
          const running = [
            runsIn(silent.active, group) ? t('groupEquality.silentRunning') : null,
            runsIn(vote, group) ? t('groupEquality.voteRunning') : null,
          ].filter(Boolean);
          return (
            <li key={group.id} data-group-row={group.id}>
              <h4>{group.name}</h4>
              <div className="field">
                <label htmlFor={`${id}-${group.id}-host`}>{t('groupEquality.colHost')}</label>
                <select
                  id={`${id}-${group.id}-host`}
                  aria-label={t('groupEquality.setHost', { group: group.name })}
                  value={host ?? ''}
                  onChange={(event) => void setHost(group, event.target.value || null)}
                >
                  <option value="">{t('groupEquality.nobody')}</option>
                  {group.members.map((member) => (
                    <option key={member} value={member}>
                      {nameOf(member)}
                    </option>
                  ))}
                </select>
              </div>
              <dl className="group-equality-facts">
                <div>
                  <dt>{t('groupEquality.colHands')}</dt>
                  <dd data-group-hands>{floor.speaking.queue.length}</dd>
                </div>
                <div>
                  <dt>{t('groupEquality.colSpeaker')}</dt>
                  <dd>{floor.speaking.current ? label(floor.speaking.current) : '–'}</dd>
                </div>
                <div>
                  <dt>{t('groupEquality.colRunning')}</dt>
                  <dd>
                    {running.length > 0 ? running.join(', ') : t('groupEquality.nothingRunning')}
                  </dd>
                </div>
              </dl>
              <button
                type="button"
                aria-label={t(
                  floor.speaking.round ? 'groupEquality.endRoundIn' : 'groupEquality.startRoundIn',
                  { group: group.name },
                )}
                onClick={() => {
                  if (actions.pending !== null) return;
                  void actions.run({
                    type: floor.speaking.round ? 'endRound' : 'startRound',
                    groupId: group.id,
                  });
                }}
              >
                {floor.speaking.round
                  ? t('equality.speaking.endRound')
                  : t('equality.speaking.startRound')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
