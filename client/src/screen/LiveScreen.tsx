import { PHASE_IDS, phaseIndex, type PhaseId, type ReflectionState } from '@moteplass/shared';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CurrentStep, useAgenda, useStepAnnouncement } from '../agenda';
import { ConnectionStatus } from '../board';
import { ScreenBreakout } from '../breakout';
import { PresentationView } from '../canvas';
import { useInvitation, useParticipants } from '../console';
import { ScreenSpeakingQueue, useEqualityState } from '../equality';
import { ScreenReflection, useReflection } from '../reflection';
import { usePhaseAnnouncements } from '../phases';
import { isNote } from '../kinds';
import type { Session } from '../session';
import {
  useControlState,
  useYMapItems,
  type ConnectionState,
  type WorkshopConnection,
} from '../sync';
import { unlockChime, WorkshopTimer } from '../timer';
import { LiveRegion, useLiveWorkshop } from '../workshop';
import { JoinBox } from './JoinBox';
import { reflectionOnScreen, resultOnScreen } from './results';
import { RevealMoment } from './RevealMoment';
import { ScreenResults } from './ScreenResults';

interface LiveScreenProps {
  workshopId: string;
  session: Session;
  fallbackTitle: string | null;
  connection: WorkshopConnection;
  state: ConnectionState;
}

/**
 * The projector's one screenful (screen.css keeps it exactly the viewport):
 * a slim header with the phase and its prompts, the board of the phase
 * fitted to the rest, and a side column with the way in, the timer and the
 * speakers' list. A closed vote's results take the left of the board area.
 */
export function LiveScreen({
  connection,
  state,
  workshopId,
  session,
  fallbackTitle,
}: LiveScreenProps) {
  const { t } = useTranslation();
  const control = useControlState(connection.workshop);
  const live = useLiveWorkshop(connection.workshop);
  const equality = useEqualityState(connection.workshop);
  const agenda = useAgenda(connection.workshop);
  const { items } = useYMapItems(connection.items);
  const ready = state === 'connected';
  usePhaseAnnouncements(control.phase, live.view, false, ready);
  useStepAnnouncement(agenda, ready);
  const invitation = useInvitation(workshopId, session.token, live.invitationRotatedAt);
  // Who has the board open: the breakout grid shows members who left as gone.
  const { list: participants } = useParticipants(workshopId, session.token, live.presence);
  const title = control.title ?? fallbackTitle;
  // A browser plays sound only after a gesture in this window: the first click anywhere unlocks the chime.
  useEffect(() => {
    window.addEventListener('pointerdown', unlockChime, { once: true });
    return () => window.removeEventListener('pointerdown', unlockChime);
  }, []);
  const byId = useMemo(() => new Map(items.map(({ id, item }) => [id, item])), [items]);
  const notesInPhase = items.filter(
    ({ item }) => isNote(item) && item.phase === control.phase,
  ).length;
  const result = resultOnScreen(
    equality.voteResults,
    equality.vote,
    live.phaseLog,
    equality.silent,
  );
  const { round } = useReflection(connection.workshop);
  const reflection = reflectionOnScreen(
    round,
    equality.vote,
    equality.voteResults.at(-1) ?? null,
    live.phaseLog,
  );
  // One results area: the reflection when it is the newer news, else the vote's.
  const vote = reflection ? null : result;

  return (
    <main className={`screen-live${layoutClass(vote !== null, reflection)}`}>
      <title>{`${t('screen.title')} – ${title ?? 'Møteplass'}`}</title>
      <LiveRegion />
      <header className="screen-header">
        <ScreenPhase phase={control.phase} title={title ?? t('board.loading')} />
        <p className="screen-present">{t('screen.present', { count: live.presence.total })}</p>
        {state !== 'connected' && (
          <ConnectionStatus state={state} workshopId={workshopId} session={session} />
        )}
      </header>
      {vote && <ScreenResults result={vote} items={byId} />}
      {reflection && <ScreenReflection round={reflection} />}
      <section
        className="screen-board"
        aria-label={t('screen.boardLabel', { phase: t(`phases.${control.phase}.title`) })}
        data-screen="board"
      >
        <PresentationView
          connection={connection}
          session={session}
          workshopId={workshopId}
          phase={control.phase}
        />
        <p className="visually-hidden">{t('screen.boardNotes', { count: notesInPhase })}</p>
        <RevealMoment lastReveal={equality.silent.lastReveal} />
        <ScreenBreakout connection={connection} participants={participants?.participants} />
      </section>
      <aside className="screen-side">
        <JoinBox invitation={invitation} />
        <CurrentStep agenda={agenda} place="screen" />
        <WorkshopTimer timer={live.timer} place="screen" ready={ready} withSoundToggle={false} />
        <ScreenSpeakingQueue connection={connection} />
      </aside>
    </main>
  );
}

/** Results beside the board; a closed reflection's chart and table take the board's place. */
function layoutClass(vote: boolean, reflection: ReflectionState | null): string {
  if (reflection?.status === 'closed') return ' screen-with-results screen-with-reflection';
  return vote || reflection ? ' screen-with-results' : '';
}

/** The meetup and "phase 2 of 4", then "Phase: Design" large, then its prompts on one line. */
function ScreenPhase({ phase, title }: { phase: PhaseId; title: string }) {
  const { t } = useTranslation();
  const prompts = t(`phases.${phase}.prompts`, { returnObjects: true });
  return (
    <div className="screen-phase">
      <div className="screen-title-line">
        <h1>{title}</h1>
        <p className="screen-phase-step">
          {t('board.phaseStep', { number: phaseIndex(phase) + 1, count: PHASE_IDS.length })}
        </p>
      </div>
      <h2>{t('board.phaseHeading', { phase: t(`phases.${phase}.title`) })}</h2>
      {Array.isArray(prompts) && prompts.length > 0 && (
        <ul className="screen-prompts" aria-label={t('board.promptLabel')}>
          {prompts.map((prompt) => (
            <li key={prompt}>{prompt}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
