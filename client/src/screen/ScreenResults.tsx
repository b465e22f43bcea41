import type { BoardItem, VoteResult } from '@moteplass/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { kindOf } from '../kinds';
import { rankResults } from './results';

/** Notes a projector lists; the rest are a count (the export has them all). */
const SHOWN_RESULTS = 7;

/**
 * A closed vote's results for the room: the notes ranked by their dots, as
 * large as the screen allows, until the facilitator moves on (`resultOnScreen`).
 */
export function ScreenResults({
  result,
  items,
}: {
  result: VoteResult;
  items: ReadonlyMap<string, BoardItem>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const ranked = rankResults(result, items, SHOWN_RESULTS);
  const most = ranked.notes[0]?.dots ?? 1;
  const card = result.pollId ? items.get(result.pollId) : undefined;
  return (
    <section className="screen-results" aria-labelledby={`${id}-heading`} data-screen="results">
      <h2 id={`${id}-heading`}>
        {card
          ? t('poll.resultsHeading', { question: kindOf(card).words(card) })
          : t('equality.vote.resultsHeading')}
      </h2>
      <p className="screen-results-voters">{t('equality.vote.voters', { count: ranked.voters })}</p>
      {ranked.notes.length === 0 ? (
        <p className="empty">{t('equality.vote.noDots')}</p>
      ) : (
        <ol className="screen-ranking">
          {ranked.notes.map((note) => (
            <li key={note.itemId} className={note.rank === 1 ? 'screen-rank-first' : undefined}>
              <span className="screen-rank" aria-label={t('screen.rank', { rank: note.rank })}>
                {note.rank}
              </span>
              <span className="screen-result-text">
                {note.text || t('equality.vote.deletedNote')}
              </span>
              <span className="screen-result-dots">
                {/* The bar is the dots at a glance; the number says it exactly. */}
                <span
                  className="screen-result-bar"
                  style={{ inlineSize: `${Math.round((note.dots / most) * 100)}%` }}
                  aria-hidden="true"
                />
                <span className="vote-badge">{t('equality.vote.badge', { count: note.dots })}</span>
              </span>
            </li>
          ))}
        </ol>
      )}
      {ranked.more > 0 && (
        <p className="screen-more">{t('screen.moreResults', { count: ranked.more })}</p>
      )}
    </section>
  );
}
