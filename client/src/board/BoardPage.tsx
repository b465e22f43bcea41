import { groupOf, silentPhaseFor } from '@moteplass/shared';
import type { TFunction } from 'i18next';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams, useSearchParams } from 'react-router';
import { CurrentStep, useAgenda, useStepAnnouncement } from '../agenda';
import { GroupBanner, groupNotePlace, useBreakout, useFrameRect, useGroupFocus } from '../breakout';
import { useWorkshopSummary } from '../api';
import { useDraftsRefresh, useEqualityAction, useEqualityState, useNoteExtras } from '../equality';
import { preloadCanvas } from '../canvas';
import { ImpactChainView } from '../impact';
import { useWorkshopLanguage } from '../i18n';
import { ReflectionBoardPanel } from '../reflection';
import { PhaseFollowBanner, PhaseStrip, usePhaseAnnouncements, useViewedPhase } from '../phases';
import { useSession, type Session } from '../session';
import {
  useConnectionState,
  useControlState,
  useSyncStatus,
  useWorkshopConnection,
  useYMapItems,
  whenIdle,
  type ConnectionState,
  type WorkshopConnection,
} from '../sync';
import { LiveRegion, useLiveWorkshop } from '../workshop';
import { addNote } from './add-note';
import { BoardBar } from './BoardBar';
import { BoardLayout } from './BoardLayout';
import { boardByPhase } from './by-phase';
import { ConnectionStatus } from './ConnectionStatus';
import { ListPanel } from './ListPanel';
import { listByPhase } from './list-items';
import { ParticipatePanel } from './ParticipatePanel';
import { PresenceBoard } from './PresenceBoard';
import { useBoardPageFrame } from './use-board-page-frame';
import { useIsPhone } from './use-phone';

/**
 * The canvas's code (Konva), run before the board is first shown: its files
 * are fetched beside the page's own (route-preload, JOIN-6), and it is run
 * once the board's state is in and the page is idle — not at once, where
 * running it (≈ 0.2 s of a phone's main thread) would hold back the person's
 * first tap on "Tavla", and the board's picture behind it (issue 21).
 */
function useCanvasReadyEarly(connection: WorkshopConnection | null): void {
  useEffect(() => {
    if (!connection) return;
    let done = false;
    const check = () => {
      if (done || !connection.boardSynced) return;
      done = true;
      whenIdle(preloadCanvas);
    };
    check();
    const unsubscribe = connection.subscribe(check);
    return () => {
      done = true;
      unsubscribe();
    };
  }, [connection]);
}

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
  useBoardPageFrame();
  const connection = useWorkshopConnection(workshopId, session.token, { boardPicture: true });
  useCanvasReadyEarly(connection);
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
  const phone = useIsPhone();
  const control = useControlState(connection.workshop);
  const live = useLiveWorkshop(connection.workshop);
  const { items, malformed } = useYMapItems(connection.items);
  const { silent, vote } = useEqualityState(connection.workshop);
  const agenda = useAgenda(connection.workshop);
  // Once per change of the board, not on every render (presence and status re-render often).
  const byPhase = useMemo(() => boardByPhase(items), [items]);
  const listed = useMemo(() => listByPhase(items), [items]);
  const sync = useSyncStatus(connection);
  const viewing = useViewedPhase(workshopId, control.phase, live.view);
  const ready = state === 'connected';
  usePhaseAnnouncements(control.phase, live.view, viewing.following, ready);
  useStepAnnouncement(agenda, ready);
  // Breakout groups: a member's view goes to their group's frame; the facilitator visits one by `?group=`.
  const breakout = useBreakout(connection.workshop);
  const [search] = useSearchParams();
  // Anyone may look at another group's frame by `?group=`; only the facilitator's notes follow the visit.
  const looking = search.get('group');
  const visit = session.facilitator ? looking : null;
  const focusRect = useGroupFocus(connection.items, breakout, session.participantId, looking);
  // A member's composer notes land in their group's frame (the facilitator's: the visited group's).
  const visited =
    visit && breakout?.status === 'running'
      ? (breakout.groups.find((g) => g.id === visit) ?? null)
      : null;
  const myGroup = visited ?? groupOf(breakout, session.participantId);
  const myFrame = useFrameRect(connection.items, myGroup?.frameId ?? null);
  const groupBanner = (
    <GroupBanner
      breakout={breakout}
      workshopId={workshopId}
      token={session.token}
      participantId={session.participantId}
      visitingGroupId={looking}
    />
  );
  const title = control.title ?? fallbackTitle;
  const locked = control.locked && !session.facilitator;
  const refused = state === 'unauthorized' || state === 'gone';
  const author = { author: session.participantId, authorRole: session.role };
  const addAttributed = (text: string) =>
    addNote(connection.items, {
      text,
      phase: viewing.phase,
      ...author,
      ...(myGroup && myFrame
        ? { place: groupNotePlace(connection.items, myGroup.id, myFrame) }
        : {}),
    });
  // Voting happens in the participate panel's ballot; the list shows the results.
  const noteExtras = useNoteExtras(connection, workshopId, session, false);
  const draftActions = useEqualityAction(workshopId, session.token);
  const bumpDrafts = useDraftsRefresh((s) => s.bump);
  // The facilitator's notes are not drafts: silent writing is the participants'.
  // Another breakout group's silent round leaves this person's notes alone (GROUPEQ-5).
  const silentPhase = session.facilitator
    ? null
    : silentPhaseFor(silent, breakout, session.participantId);
  const silentDraft = silentPhase
    ? {
        phase: silentPhase,
        save: (text: string) => {
          void draftActions
            .run({ type: 'saveDraft', text, phase: silentPhase })
            .then((reply) => reply && bumpDrafts());
        },
      }
    : null;

  const status = (
    <ConnectionStatus state={state} sync={sync} workshopId={workshopId} session={session} />
  );
  const phases = (
    <PhaseStrip viewing={viewing} workshopPhase={control.phase} counts={byPhase.counts} />
  );

  return (
    <>
      <title>{title ? `${title} – Møteplass` : 'Møteplass'}</title>
      <LiveRegion />
      <BoardLayout
        phone={phone}
        voteOpen={vote !== null}
        bar={(toggles) => (
          <BoardBar
            title={title}
            phase={control.phase}
            timer={live.timer}
            ready={ready}
            connection={connection}
            session={session}
            workshopId={workshopId}
            status={status}
            toggles={toggles}
          />
        )}
        canvas={(shown) => (
          <PresenceBoard
            connection={connection}
            session={session}
            workshopId={workshopId}
            readOnly={locked || refused}
            phase={viewing.phase}
            silentDraft={silentDraft}
            compact={phone}
            shown={shown}
            focusRect={focusRect}
            top={
              <>
                {phases}
                <PhaseFollowBanner viewing={viewing} />
                {groupBanner}
              </>
            }
          />
        )}
        phoneTop={
          <>
            <PhaseFollowBanner viewing={viewing} />
            {groupBanner}
            {phases}
          </>
        }
        participate={
          <>
            <p className="participation">{participation(t, session)}</p>
            <CurrentStep agenda={agenda} place="board" />
            {control.locked && session.facilitator && (
              <p className="notice">{t('board.lockedForOthers')}</p>
            )}
            <ReflectionBoardPanel
              workshop={connection.workshop}
              workshopId={workshopId}
              token={session.token}
            />
            <ParticipatePanel
              connection={connection}
              workshopId={workshopId}
              session={session}
              phase={viewing.phase}
              workshopPhase={control.phase}
              locked={locked}
              refused={refused}
              onAttributed={addAttributed}
              compact={phone}
            />
            {viewing.phase === 'produce' && (
              <ImpactChainView
                connection={connection}
                workshopId={workshopId}
                session={session}
                readOnly={locked || refused}
              />
            )}
          </>
        }
        list={
          <ListPanel
            viewing={viewing}
            workshopPhase={control.phase}
            byPhase={byPhase}
            items={listed[viewing.phase]}
            malformed={malformed}
            editable={locked || refused ? null : connection.items}
            extras={noteExtras}
          />
        }
      />
    </>
  );
}

// TFunction: ReturnType<typeof useTranslation>['t'] grows too deep for tsc with ~700 keys (TS2589).
function participation(t: TFunction, session: Session): string {
  if (session.facilitator || !session.role) return t('board.participatingAsFacilitator');
  const role = t(`roles.${session.role}`);
  return session.name
    ? t('board.participatingAsNamed', { name: session.name, role })
    : t('board.participatingAs', { role });
}
