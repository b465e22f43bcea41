import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AgendaPanel, MethodsLibrary, useAgenda, useAgendaActions } from '../agenda';
import { useWorkshopSummary } from '../api';
import { ConnectionStatus } from '../board';
import { EqualityConsole } from '../equality';
import { MeasurementsConsole } from '../impact';
import { ReflectionConsole, useReflection } from '../reflection';
import { NextMeetupPanel } from '../series';
import { useWorkshopLanguage } from '../i18n';
import { usePhaseAnnouncements } from '../phases';
import { FacilitatorPage } from '../facilitator';
import type { Session } from '../session';
import { useControlState, type ConnectionState, type WorkshopConnection } from '../sync';
import { LiveRegion, useLiveWorkshop } from '../workshop';
import { BoardControls } from './BoardControls';
import { InvitationPanel } from './InvitationPanel';
import { ParticipantsPanel } from './ParticipantsPanel';
import { PhaseControl } from './PhaseControl';
import { TimerControl } from './TimerControl';
import { BreakoutPanel } from '../breakout';
import { useAction } from './use-action';
import { useParticipants } from './use-participants';
import { useInvitation } from './use-invitation';
import { ScreenSettingsPanel } from './ScreenSettingsPanel';
import { useDeskHeight } from './use-desk-height';
import { ViewsPanel } from './ViewsPanel';

/** `/w/:id/console` — the facilitator's console. Only a facilitator session on this device opens it. */
export function ConsolePage() {
  const { id = '' } = useParams();
  const summary = useWorkshopSummary(id);
  const ready = summary.status === 'ready' ? summary.summary : undefined;
  useWorkshopLanguage(ready?.language);

  return (
    <FacilitatorPage workshopId={id} titleKey="console.title" refusalKey="console.notFacilitator">
      {(connection, state, session) => (
        <LiveConsole
          connection={connection}
          state={state}
          session={session}
          workshopId={id}
          fallbackTitle={ready?.title ?? null}
        />
      )}
    </FacilitatorPage>
  );
}

interface ConsoleProps {
  workshopId: string;
  session: Session;
  fallbackTitle: string | null;
}

function LiveConsole({
  connection,
  state,
  session,
  workshopId,
  fallbackTitle,
}: ConsoleProps & {
  connection: WorkshopConnection;
  state: ConnectionState;
}) {
  const { t } = useTranslation();
  const control = useControlState(connection.workshop);
  const live = useLiveWorkshop(connection.workshop);
  const ready = state === 'connected';
  usePhaseAnnouncements(control.phase, live.view, false, ready);
  const invitation = useInvitation(workshopId, session.token, live.invitationRotatedAt);
  // One runner per section, so an error shows next to the control that failed.
  const phaseActions = useAction(workshopId, session.token);
  const timerActions = useAction(workshopId, session.token);
  const boardActions = useAction(workshopId, session.token);
  const invitationActions = useAction(workshopId, session.token);
  const participantActions = useAction(workshopId, session.token);
  const agendaActions = useAgendaActions(workshopId, session.token);
  const agenda = useAgenda(connection.workshop);
  const { list: participantList } = useParticipants(workshopId, session.token, live.presence);
  const title = control.title ?? fallbackTitle;
  const { round } = useReflection(connection.workshop);
  const desk = useRef<HTMLDivElement>(null);
  useDeskHeight(desk);

  return (
    <div className="console">
      <title>{`${t('console.title')} – ${title ?? 'Møteplass'}`}</title>
      <LiveRegion />
      <header className="board-header console-header">
        <p className="kicker">{t('console.title')}</p>
        <h1>{title ?? t('board.loading')}</h1>
        <p className="participation">{t('board.participatingAsFacilitator')}</p>
        <ConnectionStatus state={state} workshopId={workshopId} session={session} />
      </header>
      <EqualityConsole connection={connection} workshopId={workshopId} session={session}>
        {(equality) => (
          <div className="console-desk" ref={desk}>
            {/* The flow of the meetup, the floor and its balance, the room and the screen. */}
            <div className="console-column">
              <AgendaPanel agenda={agenda} actions={agendaActions} />
              <PhaseControl phase={control.phase} phaseLog={live.phaseLog} actions={phaseActions} />
              <TimerControl timer={live.timer} ready={ready} actions={timerActions} />
              {equality.silentWriting}
              {equality.voting}
              <BreakoutPanel
                connection={connection}
                workshopId={workshopId}
                token={session.token}
                participants={participantList?.participants ?? []}
              />
              <BoardControls
                locked={control.locked}
                cursorsVisible={live.cursorsVisible}
                phase={control.phase}
                actions={boardActions}
              />
              {/* Last in the column: a long list of methods must not push the controls away. */}
              <MethodsLibrary agenda={agenda} actions={agendaActions} />
            </div>
            <div className="console-column">
              {equality.speaking}
              {equality.panel}
              {equality.anonymity}
              <ReflectionConsole round={round} workshopId={workshopId} token={session.token} />
            </div>
            <div className="console-column">
              <ScreenSettingsPanel workshopId={workshopId} />
              <InvitationPanel invitation={invitation} actions={invitationActions} />
              <ParticipantsPanel
                workshopId={workshopId}
                token={session.token}
                selfId={session.participantId}
                presence={live.presence}
                actions={participantActions}
              />
              <ViewsPanel workshopId={workshopId} token={session.token} />
              <NextMeetupPanel workshopId={workshopId} title={title} />
              <MeasurementsConsole
                connection={connection}
                workshopId={workshopId}
                token={session.token}
              />
            </div>
          </div>
        )}
      </EqualityConsole>
    </div>
  );
}
