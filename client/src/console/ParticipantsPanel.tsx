import type { ParticipantSummary, Presence } from '@moteplass/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { announce } from '../workshop';
import { ActionFailure } from '../api';
import { ParticipantRow } from './ParticipantRow';
import { RoleCounts } from './RoleCounts';
import type { ActionRunner } from './use-action';
import { useParticipants } from './use-participants';

interface ParticipantsPanelProps {
  workshopId: string;
  token: string;
  selfId: string;
  presence: Presence;
  actions: ActionRunner;
}

/** Who is here (counts by role) and who joined, with a way to remove somebody. */
export function ParticipantsPanel({
  workshopId,
  token,
  selfId,
  presence,
  actions,
}: ParticipantsPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const { list, failure, refresh } = useParticipants(workshopId, token, presence);

  async function remove(participant: ParticipantSummary) {
    const reply = await actions.run({ type: 'removeParticipant', participantId: participant.id });
    if (reply) {
      announce(
        t('console.participants.removed', {
          name: participant.name ?? t('console.participants.noName'),
        }),
      );
      refresh();
    }
  }

  return (
    <section className="panel console-section participants" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('console.participants.heading')}</h2>
      <RoleCounts presence={presence} />
      {failure && (
        <p className="error" role="alert">
          {t(failure)}
        </p>
      )}
      {list && list.participants.length > 0 ? (
        // Scrolls sideways in a narrow column; focusable so a keyboard can scroll it too.
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-heading`}>
          <table>
            <caption className="visually-hidden">{t('console.participants.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('console.participants.name')}</th>
                <th scope="col">{t('console.participants.role')}</th>
                <th scope="col">{t('console.participants.status')}</th>
                <th scope="col">{t('console.participants.joinedAt')}</th>
                <th scope="col">{t('console.participants.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.participants.map((participant) => (
                <ParticipantRow
                  key={participant.id}
                  participant={participant}
                  isSelf={participant.id === selfId}
                  onRemove={remove}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        list && <p>{t('console.participants.none')}</p>
      )}
      <button type="button" onClick={refresh}>
        {t('console.participants.refresh')}
      </button>
      <ActionFailure failure={actions.failure} />
    </section>
  );
}
