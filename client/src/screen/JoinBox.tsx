import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationState } from '../console';
import { groupJoinCode } from '../workshop';
import { QrCode } from './QrCode';

/** "ab.kommune.no/join — code ABC 234", and the QR code of the participant link, for the back of the room. */
export function JoinBox({ invitation }: { invitation: InvitationState }) {
  const { t } = useTranslation();
  const id = useId();
  if (invitation.status !== 'ready') {
    return invitation.status === 'error' ? (
      <p className="error" role="alert">
        {t(invitation.error)}
      </p>
    ) : null;
  }
  const { joinCode, joinUrl, participantUrl } = invitation.invitation;
  const shortUrl = joinUrl.replace(/^https?:\/\//, '');
  return (
    <section className="join-box" aria-labelledby={`${id}-heading`} data-screen="join">
      <h2 id={`${id}-heading`}>{t('screen.joinHeading')}</h2>
      <p className="screen-join-at">
        {t('screen.joinAt')} <strong className="screen-url">{shortUrl}</strong>{' '}
        {t('screen.codeLabel')}
      </p>
      <p className="join-code" data-code={joinCode}>
        {groupJoinCode(joinCode)}
      </p>
      <QrCode value={participantUrl} label={t('screen.qrLabel')} />
      <p className="hint">{t('screen.scan')}</p>
    </section>
  );
}
