import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyField, announce, groupJoinCode } from '../workshop';
import { ActionFailure } from '../api';
import type { ActionRunner } from './use-action';
import type { InvitationState } from './use-invitation';

interface InvitationPanelProps {
  invitation: InvitationState;
  actions: ActionRunner;
}

/** The way in for participants, and a new code when the old one got out of hand. */
export function InvitationPanel({ invitation, actions }: InvitationPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const rotateButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  async function rotate() {
    if (actions.pending) return;
    const reply = await actions.run({ type: 'rotateJoinCode' });
    setConfirming(false);
    requestAnimationFrame(() => rotateButton.current?.focus());
    if (reply && typeof reply.joinCode === 'string')
      announce(t('console.invitation.rotated', { code: groupJoinCode(reply.joinCode) }));
  }

  return (
    <section className="panel console-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('console.invitation.heading')}</h2>
      {invitation.status === 'loading' && <p>{t('console.loading')}</p>}
      {invitation.status === 'error' && (
        <p className="error" role="alert">
          {t(invitation.error)}
        </p>
      )}
      {invitation.status === 'ready' && (
        <>
          <div className="join-code-box">
            <p className="join-code-label">{t('console.invitation.code')}</p>
            <p className="join-code" data-code={invitation.invitation.joinCode}>
              {groupJoinCode(invitation.invitation.joinCode)}
            </p>
          </div>
          <p className="hint">
            {t('console.invitation.joinAt', { url: invitation.invitation.joinUrl })}
          </p>
          <CopyField
            label={t('created.participantLink')}
            copyLabel={t('created.copyParticipantLink')}
            value={invitation.invitation.participantUrl}
          />
        </>
      )}
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>{t('console.invitation.rotateConfirm')}</p>
          <div className="button-row">
            <button
              ref={confirmButton}
              type="button"
              className="primary"
              onClick={() => void rotate()}
            >
              {t('console.invitation.rotateYes')}
            </button>
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => rotateButton.current?.focus());
              }}
            >
              {t('console.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button ref={rotateButton} type="button" onClick={() => setConfirming(true)}>
          {t('console.invitation.rotate')}
        </button>
      )}
      <p className="hint">{t('console.invitation.rotateHint')}</p>
      <ActionFailure failure={actions.failure} />
    </section>
  );
}
