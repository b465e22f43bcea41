import { PHASE_IDS, type PhaseId } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';
import { AuthorBadge, type BoardByPhase } from '../board';

/** How many notes the projector shows per phase; the newest, as the room watches them arrive. */
const SHOWN_PER_PHASE = 8;

/** A read-only overview of the board, phase by phase, in type that reads from the back of the room. */
export function BoardOverview({
  board,
  workshopPhase,
}: {
  board: BoardByPhase;
  workshopPhase: PhaseId;
}) {
  const { t } = useTranslation();
  return (
    <section className="screen-overview" aria-labelledby="overview-heading">
      <h2 id="overview-heading">{t('screen.overviewHeading')}</h2>
      <div className="overview-columns">
        {PHASE_IDS.map((phase) => {
          const notes = board.notes[phase];
          const shown = notes.slice(-SHOWN_PER_PHASE).reverse();
          const current = phase === workshopPhase;
          return (
            <section
              key={phase}
              className={`overview-phase${current ? ' overview-current' : ''}`}
              aria-labelledby={`overview-${phase}`}
            >
              <h3 id={`overview-${phase}`}>
                {t(`phases.${phase}.title`)} <span className="count">({board.counts[phase]})</span>
                {current && <span className="phase-now"> {t('board.now')}</span>}
              </h3>
              {phase === 'produce' && (board.actions.length > 0 || board.indicators.length > 0) && (
                <p>
                  {t('screen.cards', {
                    actions: board.actions.length,
                    indicators: board.indicators.length,
                  })}
                </p>
              )}
              {shown.length === 0 ? (
                <p className="empty">{t('screen.noNotes')}</p>
              ) : (
                <ul role="list" className="overview-notes">
                  {shown.map(({ id, note }) => (
                    <li key={id} className={`note note-${note.color}`}>
                      <p className="note-text">{note.text}</p>
                      <p className="note-meta">
                        <AuthorBadge role={note.authorRole} anonymous={note.anonymous === true} />
                      </p>
                    </li>
                  ))}
                </ul>
              )}
              {notes.length > shown.length && (
                <p className="hint">{t('screen.more', { count: notes.length - shown.length })}</p>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}
