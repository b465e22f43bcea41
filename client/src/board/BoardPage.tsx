import { phaseOffers } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { useWorkshopSummary } from '../api';
import { ContributionArea, EqualityBoardPanels, useNoteExtras } from '../equality';
import { useWorkshopLanguage } from '../i18n';
import { PhaseNavigator, usePhaseAnnouncements, useViewedPhase } from '../phases';
import { useSession, type Session } from '../session';
import {
  useConnectionState,
  useControlState,
  useSyncStatus,
  useWorkshopConnection,
  useYMapItems,
  type ConnectionState,
  type WorkshopConnection,
} from '../sync';
import { WorkshopTimer } from '../timer';
import { LiveRegion, useLiveWorkshop } from '../workshop';
import { ActionCardForm } from './ActionCardForm';
import { addActionCard, addIndicator } from './add-card';
import { addNote } from './add-note';
import { boardByPhase } from './by-phase';
import { ConnectionStatus } from './ConnectionStatus';
import { IndicatorForm } from './IndicatorForm';
import { listByPhase } from './list-items';
import { NoteComposer } from './NoteComposer';
import { NoteList } from './NoteList';
import { PhasePanel } from './PhasePanel';
import { PresenceBoard } from './PresenceBoard';
import { ProduceCards } from './ProduceCards';

/** `/w/:id/board` — without a session on this device, go and join first. */
export function BoardPage() {
  const { id = '' } = useParams();
  const session = useSession(id);
  if (!session) return <Navigate to={`/w/${encodeURIComponent(id)}/join`} replace />;
  // A new token (joined again) means new sockets: remount.
  return <Board key={session.token} workshopId={id} session={session} />;
}

function Board({ workshopId, session }: { workshopId: string; session: Session }) {
  const { t } = useTranslation();
  const summary = useWorkshopSummary(workshopId);
  const ready = summary.status === 'ready' ? summary.summary : undefined;
  useWorkshopLanguage(ready?.language);
  const connection = useWorkshopConnection(workshopId, session.token);
  const state = useConnectionState(connection);

  if (!connection) return <p>{t('board.loading')}</p>;
  return (
    <LiveBoard
      connection={connection}
      state={state}
      session={session}
      workshopId={workshopId}
      fallbackTitle={ready?.title ?? null}
    />
  );
}

interface LiveBoardProps {
  connection: WorkshopConnection;
  state: ConnectionState;
  session: Session;
  workshopId: string;
  fallbackTitle: string | null;
}

function LiveBoard({ connection, state, session, workshopId, fallbackTitle }: LiveBoardProps) {
  const { t } = useTranslation();
  const control = useControlState(connection.workshop);
  const live = useLiveWorkshop(connection.workshop);
  const { items, malformed } = useYMapItems(connection.items);
  const byPhase = boardByPhase(items);
  const listed = listByPhase(items);
  const sync = useSyncStatus(connection);
  const viewing = useViewedPhase(workshopId, control.phase, live.view);
  const ready = state === 'connected';
  usePhaseAnnouncements(control.phase, live.view, viewing.following, ready);
  const title = control.title ?? fallbackTitle;
  const locked = control.locked && !session.facilitator;
  const refused = state === 'unauthorized' || state === 'gone';
  const author = { author: session.participantId, authorRole: session.role };
  const addAttributed = (text: string) =>
    addNote(connection.items, { text, phase: viewing.phase, ...author });
  const noteExtras = useNoteExtras(connection, workshopId, session);

  return (
    <div className="board">
      <title>{title ? `${title} – Møteplass` : 'Møteplass'}</title>
      <LiveRegion />
      <header className="board-header">
        <h1>{title ?? t('board.loading')}</h1>
        <p className="participation">{participation(t, session)}</p>
        <ConnectionStatus state={state} sync={sync} workshopId={workshopId} session={session} />
        {control.locked && session.facilitator && (
          <p className="notice">{t('board.lockedForOthers')}</p>
        )}
        {session.facilitator && (
          <p>
            <Link to={`/w/${encodeURIComponent(workshopId)}/console`}>{t('board.toConsole')}</Link>
          </p>
        )}
      </header>
      <div className="board-columns">
        <div className="board-side">
          <PhasePanel phase={control.phase} />
          <WorkshopTimer timer={live.timer} place="board" ready={ready} />
          <ContributionArea
            connection={connection}
            workshopId={workshopId}
            session={session}
            phase={viewing.phase}
            blocked={locked || refused}
            onAttributed={addAttributed}
          >
            <NoteComposer
              locked={locked}
              disabled={refused}
              phase={viewing.phase}
              onAdd={addAttributed}
            />
          </ContributionArea>
          {phaseOffers(viewing.phase, 'action') && (
            <ActionCardForm
              blocked={locked || refused}
              onAdd={(card) => addActionCard(connection.items, card, author)}
            />
          )}
          {phaseOffers(viewing.phase, 'indicator') && (
            <IndicatorForm
              blocked={locked || refused}
              onAdd={(card) => addIndicator(connection.items, card, author)}
            />
          )}
          <EqualityBoardPanels connection={connection} workshopId={workshopId} session={session} />
        </div>
        <div className="board-main">
          <PresenceBoard
            connection={connection}
            session={session}
            workshopId={workshopId}
            readOnly={locked || refused}
            list={
              <>
                <PhaseNavigator
                  viewing={viewing}
                  workshopPhase={control.phase}
                  counts={byPhase.counts}
                />
                <NoteList
                  items={listed[viewing.phase]}
                  malformed={malformed}
                  {...(locked || refused ? {} : { editable: connection.items })}
                  phase={viewing.phase}
                  extras={noteExtras}
                />
                {viewing.phase === 'produce' && (
                  <ProduceCards
                    actions={byPhase.actions}
                    indicators={byPhase.indicators}
                    {...(locked || refused ? {} : { editable: connection.items })}
                  />
                )}
              </>
            }
          />
        </div>
      </div>
    </div>
  );
}

function participation(t: ReturnType<typeof useTranslation>['t'], session: Session): string {
  if (session.facilitator || !session.role) return t('board.participatingAsFacilitator');
  const role = t(`roles.${session.role}`);
  return session.name
    ? t('board.participatingAsNamed', { name: session.name, role })
    : t('board.participatingAs', { role });
}
