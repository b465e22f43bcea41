import type { CreateWorkshopReply } from '@moteplass/shared';
import { pagePaths } from '@moteplass/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CopyField } from './CopyField';

/** "ABC234" → "ABC 234": easier to read from the back of the room (spaces are ignored when typed). */
export function groupJoinCode(code: string): string {
  return code.length > 4
    ? `${code.slice(0, Math.ceil(code.length / 2))} ${code.slice(Math.ceil(code.length / 2))}`
    : code;
}

/** What the facilitator needs right after creating: the way in for others, and their own key. */
export function WorkshopCreated({ workshop }: { workshop: CreateWorkshopReply }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);

  // Move focus to the news, so a screen reader hears that the form did its work.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  // The facilitator link, on this server: it opens the console (and remembers the session here).
  const facilitatorPath = pagePaths.facilitatorEntry(workshop.id, workshop.facilitatorKey);

  return (
    <section className="panel created" aria-labelledby="created-heading">
      <h2 id="created-heading" ref={heading} tabIndex={-1}>
        {t('created.heading')}
      </h2>

      <h3>{t('created.participantHeading')}</h3>
      <p>{t('created.participantHelp')}</p>
      <ul className="explain-list">
        <li>{t('created.explainCode')}</li>
        <li>{t('created.explainParticipantLink')}</li>
        <li>{t('created.explainFacilitatorLink')}</li>
      </ul>
      <div className="join-code-box">
        <p className="join-code-label">{t('created.joinCode')}</p>
        <p className="join-code" data-code={workshop.joinCode}>
          {groupJoinCode(workshop.joinCode)}
        </p>
      </div>
      <CopyField
        label={t('created.participantLink')}
        copyLabel={t('created.copyParticipantLink')}
        value={workshop.participantUrl}
      />

      <h3>{t('created.facilitatorHeading')}</h3>
      <p className="notice">{t('created.facilitatorHelp')}</p>
      <CopyField
        label={t('created.facilitatorLink')}
        copyLabel={t('created.copyFacilitatorLink')}
        value={workshop.facilitatorUrl}
      />
      <button type="button" className="primary" onClick={() => void navigate(facilitatorPath)}>
        {t('created.openConsole')}
      </button>
    </section>
  );
}
