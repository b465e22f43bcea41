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
 * the word, and whether silent writing or a vote runs there (GROUPEQ-1…5).
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
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('groupEquality.colGroup')}</th>
              <th scope="col">{t('groupEquality.colHost')}</th>
              <th scope="col">{t('groupEquality.colHands')}</th>
              <th scope="col">{t('groupEquality.colSpeaker')}</th>
              <th scope="col">{t('groupEquality.colRunning')}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => {
              const floor = groupFloor(view.floors, group.id);
              const host = hostOf(view.breakout, view.floors, group.id);
              const running = [
                runsIn(silent.active, group) ? t('groupEquality.silentRunning') : null,
                runsIn(vote, group) ? t('groupEquality.voteRunning') : null,
              ].filter(Boolean);
              return (
                <tr key={group.id} data-group-row={group.id}>
                  <th scope="row">{group.name}</th>
                  <td>
                    <label className="visually-hidden" htmlFor={`${id}-${group.id}-host`}>
                      {t('groupEquality.setHost', { group: group.name })}
                    </label>
                    <select
                      id={`${id}-${group.id}-host`}
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
                  </td>
                  <td data-group-hands>{floor.speaking.queue.length}</td>
                  <td>{floor.speaking.current ? label(floor.speaking.current) : '–'}</td>
                  <td>
                    {running.length > 0 ? running.join(', ') : t('groupEquality.nothingRunning')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
