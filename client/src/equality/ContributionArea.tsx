import { inGroupScope, isAnonymousPhase, type PhaseId } from '@moteplass/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../session';
import type { WorkshopConnection } from '../sync';
import { AnonymousComposer } from './AnonymousComposer';
import { DraftsPanel } from './DraftsPanel';
import { useEqualityState } from './equality-state';
import { useGroupFloors } from './group-floors';
import { useEqualityAction } from './use-equality-action';

interface ContributionAreaProps {
  connection: WorkshopConnection;
  workshopId: string;
  session: Session;
  /** The phase the person is writing in. */
  phase: PhaseId;
  blocked: boolean;
  /** Put an attributed note on the board (the board's own way). */
  onAttributed: (text: string) => void;
  /** The board's own composer, shown when no equality rule applies. */
  children: ReactNode;
}

/**
 * Where a person writes, routed by the equality rules: private drafts while
 * silent writing is on; notes through the server while anonymous mode is
 * (or a single anonymous note may be); otherwise the board's own composer.
 */
export function ContributionArea(props: ContributionAreaProps) {
  const { connection, workshopId, session, phase, blocked, onAttributed, children } = props;
  const { t } = useTranslation();
  const { silent, anonymity } = useEqualityState(connection.workshop);
  const actions = useEqualityAction(workshopId, session.token);
  const { breakout } = useGroupFloors(connection.workshop);

  // Another group's silent round leaves this person writing as usual (GROUPEQ-5).
  if (silent.active && inGroupScope(silent.active, breakout, session.participantId)) {
    return (
      <DraftsPanel
        round={silent.active}
        workshopId={workshopId}
        token={session.token}
        actions={actions}
      />
    );
  }
  // Said once, above the usual composer, so nobody wonders why others write in silence.
  const otherGroupSilent = silent.active !== null && !session.facilitator && (
    <p className="hint" role="note">
      {t('groupEquality.silentOtherGroup')}
    </p>
  );
  const required = isAnonymousPhase(anonymity, phase);
  if (!required && !anonymity.allowSingle) {
    return (
      <>
        {otherGroupSilent}
        {children}
      </>
    );
  }
  return (
    <>
      {otherGroupSilent}
      <AnonymousComposer
        phase={phase}
        anonymity={required ? 'required' : 'optional'}
        onAttributed={onAttributed}
        actions={actions}
        blocked={blocked}
      />
    </>
  );
}
