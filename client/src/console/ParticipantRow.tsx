import type { ParticipantSummary } from '@moteplass/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../workshop';

interface ParticipantRowProps {
  participant: ParticipantSummary;
  isSelf: boolean;
  onRemove: (participant: ParticipantSummary) => Promise<void>;
}

/** One person in the facilitator's list, with a remove button that asks first. */
export function ParticipantRow({ participant, isSelf, onRemove }: ParticipantRowProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const name = participant.name ?? t('console.participants.noName');

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  return (
    <tr>
      <td className={participant.name ? undefined : 'muted'}>
        {name}
        {isSelf && ` (${t('console.participants.you')})`}
      </td>
      <td>
        {participant.facilitator || !participant.role
          ? t('console.participants.facilitator')
          : t(`roles.${participant.role}`)}
      </td>
      <td>
        {participant.connected
          ? t('console.participants.online')
          : t('console.participants.offline')}
      </td>
      <td>{format.time(participant.joinedAt)}</td>
      <td>
        {isSelf ? null : confirming ? (
          <span className="confirm-inline">
            {t('console.participants.confirmRemove', { name })}{' '}
            <button
              ref={confirmButton}
              type="button"
              className="danger"
              onClick={() => void onRemove(participant)}
            >
              {t('console.participants.confirm')}
            </button>{' '}
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => removeButton.current?.focus());
              }}
            >
              {t('console.cancel')}
            </button>
          </span>
        ) : (
          <button ref={removeButton} type="button" onClick={() => setConfirming(true)}>
            {t('console.participants.remove')}
            <span className="visually-hidden"> {name}</span>
          </button>
        )}
      </td>
    </tr>
  );
}
