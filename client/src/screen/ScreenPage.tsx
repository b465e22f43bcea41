import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useWorkshopSummary } from '../api';
import { ConnectionStatus, boardByPhase } from '../board';
import { useInvitation } from '../console';
import { LanguageSwitcher, useWorkshopLanguage } from '../i18n';
import { PhaseSummary, usePhaseAnnouncements } from '../phases';
import { useSession, type Session } from '../session';
import {
  useControlState,
  useYMapItems,
  type ConnectionState,
  type WorkshopConnection,
} from '../sync';
import { WorkshopTimer, useServerClockSync } from '../timer';
import { ConnectedWorkshop, LiveRegion, useLiveWorkshop } from '../workshop';
import { BoardOverview } from './BoardOverview';
import { JoinBox } from './JoinBox';
import { SpeakingQueueSlot } from './SpeakingQueueSlot';

/**
 * `/w/:id/screen` — the projector's view: phase and prompts in large type, the
 * timer, the way in (QR code, short address, code) and the board so far. No
 * editing; it follows the workshop by itself and reconnects by itself. It
 * shows the join code, so it opens only with the facilitator's session on
 * this device (the console opens it in a new window).
 */
export function ScreenPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession(id);
  const summary = useWorkshopSummary(id);
  const ready = summary.status === 'ready' ? summary.summary : undefined;
  useWorkshopLanguage(ready?.language);

  return (
    <main className="screen">
      {session?.facilitator ? (
        <Screen
          key={session.token}
          workshopId={id}
          session={session}
          fallbackTitle={ready?.title ?? null}
        />
      ) : (
        <div className="narrow">
          <title>{`${t('screen.title')} – Møteplass`}</title>
          <h1>{t('screen.title')}</h1>
          <p>{t('screen.needsFacilitator')}</p>
          <p>
            <Link to="/">{t('shell.backHome')}</Link>
          </p>
        </div>
      )}
      <footer className="screen-footer">
        <LanguageSwitcher />
      </footer>
    </main>
  );
}

interface ScreenProps {
  workshopId: string;
  session: Session;
  fallbackTitle: string | null;
}

function Screen(props: ScreenProps) {
  useServerClockSync();
  return (
    <ConnectedWorkshop workshopId={props.workshopId} session={props.session}>
      {(connection, state) => <LiveScreen {...props} connection={connection} state={state} />}
    </ConnectedWorkshop>
  );
}

function LiveScreen({
  connection,
  state,
  workshopId,
  session,
  fallbackTitle,
}: ScreenProps & {
  connection: WorkshopConnection;
  state: ConnectionState;
}) {
  const { t } = useTranslation();
  const control = useControlState(connection.workshop);
  const live = useLiveWorkshop(connection.workshop);
  const { items } = useYMapItems(connection.items);
  const ready = state === 'connected';
  usePhaseAnnouncements(control.phase, live.view, false, ready);
  const invitation = useInvitation(workshopId, session.token, live.invitationRotatedAt);
  const title = control.title ?? fallbackTitle;

  return (
    <>
      <title>{`${t('screen.title')} – ${title ?? 'Møteplass'}`}</title>
      <LiveRegion />
      <header className="screen-header">
        <h1>{title ?? t('board.loading')}</h1>
        {state !== 'connected' && (
          <ConnectionStatus state={state} workshopId={workshopId} session={session} />
        )}
        <p className="screen-present">{t('screen.present', { count: live.presence.total })}</p>
      </header>
      <div className="screen-grid">
        <section className="screen-phase" aria-labelledby="screen-phase-heading">
          <PhaseSummary phase={control.phase} headingId="screen-phase-heading" variant="screen" />
        </section>
        <div className="screen-side">
          <WorkshopTimer timer={live.timer} place="screen" ready={ready} />
          <JoinBox invitation={invitation} />
          <SpeakingQueueSlot workshopId={workshopId} session={session} connection={connection} />
        </div>
      </div>
      <BoardOverview board={boardByPhase(items)} workshopPhase={control.phase} />
    </>
  );
}
