import type { BoardItem, NoteItem } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { useWorkshopSummary } from '../api';
import { useWorkshopLanguage } from '../i18n';
import { useSession, type Session } from '../session';
import {
  useConnectionState,
  useControlState,
  useWorkshopConnection,
  useYMapItems,
  type ConnectionState,
  type WorkshopConnection,
} from '../sync';
import { addNote } from './add-note';
import { ConnectionStatus } from './ConnectionStatus';
import { NoteComposer } from './NoteComposer';
import { NoteList, type NoteEntry } from './NoteList';
import { PhasePanel } from './PhasePanel';

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

function isNote(entry: { id: string; item: BoardItem }): entry is { id: string; item: NoteItem } {
  return entry.item.type === 'note';
}

function LiveBoard({ connection, state, session, workshopId, fallbackTitle }: LiveBoardProps) {
  const { t } = useTranslation();
  const control = useControlState(connection.workshop);
  const { items, malformed } = useYMapItems(connection.items);
  const notes: NoteEntry[] = items.filter(isNote).map(({ id, item }) => ({ id, note: item }));
  const title = control.title ?? fallbackTitle;
  const locked = control.locked && !session.facilitator;
  const refused = state === 'unauthorized' || state === 'gone';

  return (
    <div className="board">
      <title>{title ? `${title} – Møteplass` : 'Møteplass'}</title>
      <header className="board-header">
        <h1>{title ?? t('board.loading')}</h1>
        <p className="participation">{participation(t, session)}</p>
        <ConnectionStatus state={state} workshopId={workshopId} session={session} />
        {control.locked && session.facilitator && (
          <p className="notice">{t('board.lockedForOthers')}</p>
        )}
      </header>
      <div className="board-columns">
        <div className="board-side">
          <PhasePanel phase={control.phase} />
          <NoteComposer
            locked={locked}
            disabled={refused}
            onAdd={(text) =>
              addNote(connection.items, {
                text,
                phase: control.phase,
                author: session.participantId,
                authorRole: session.role,
              })
            }
          />
        </div>
        <NoteList notes={notes} malformed={malformed} />
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
