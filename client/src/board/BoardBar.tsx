import { PHASE_IDS, phaseIndex, type PhaseId, type TimerState } from '@moteplass/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SpeakerChip, useEqualityState } from '../equality';
import { LanguageSwitcher } from '../i18n';
import type { Session } from '../session';
import type { WorkshopConnection } from '../sync';
import { TimerDisplay, useTimerAnnouncements } from '../timer';

interface BoardBarProps {
  title: string | null;
  phase: PhaseId;
  timer: TimerState;
  ready: boolean;
  connection: WorkshopConnection;
  session: Session;
  workshopId: string;
  /** The connection's state in words (ConnectionStatus). */
  status: ReactNode;
  /** The drawers' toggles (not on a phone: it has tabs). */
  toggles?: ReactNode;
}

/** One slim bar over the canvas: the workshop, its phase, the timer, who speaks, the link, the panels. */
export function BoardBar(props: BoardBarProps) {
  const { title, phase, timer, ready, connection, session, workshopId, status, toggles } = props;
  const { t } = useTranslation();
  const { speaking } = useEqualityState(connection.workshop);
  useTimerAnnouncements(timer, 'board', ready);
  return (
    <header className="board-bar" aria-label={t('layout.bar')}>
      <Link to="/" className="bar-home" aria-label={t('layout.home')}>
        {t('app.name')}
      </Link>
      <h1 className="bar-title">{title ?? t('board.loading')}</h1>
      <p className="bar-phase">
        {t('layout.phaseChip', {
          number: phaseIndex(phase) + 1,
          count: PHASE_IDS.length,
          phase: t(`phases.${phase}.title`),
        })}
      </p>
      {timer.status !== 'stopped' && (
        <div className="bar-timer">
          <TimerDisplay timer={timer} />
        </div>
      )}
      <SpeakerChip speaking={speaking} selfId={session.participantId} />
      <div className="bar-end">
        {status}
        {session.facilitator && (
          <Link className="bar-link" to={`/w/${encodeURIComponent(workshopId)}/console`}>
            {t('board.toConsole')}
          </Link>
        )}
        {toggles}
        <LanguageSwitcher />
      </div>
    </header>
  );
}
