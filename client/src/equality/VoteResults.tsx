import type { BoardItem, VoteResult } from '@moteplass/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ballotText } from '../kinds';

interface VoteResultsProps {
  result: VoteResult;
  /** The board's items by id, to name the notes. */
  items: ReadonlyMap<string, BoardItem>;
}

/** The last closed vote: the notes with dots, most first. */
export function VoteResults({ result, items }: VoteResultsProps) {
  const { t } = useTranslation();
  const id = useId();
  const textOf = (itemId: string) => {
    return ballotText(itemId, items) ?? t('equality.vote.deletedNote');
  };
  return (
    <section className="panel vote-results" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('equality.vote.resultsHeading')}</h2>
      <p>{t('equality.vote.voters', { count: result.voters })}</p>
      {result.tallies.length === 0 ? (
        <p className="empty">{t('equality.vote.noDots')}</p>
      ) : (
        <ol className="vote-tallies">
          {result.tallies.map((tally) => (
            <li key={tally.itemId}>
              <span className="tally-text">{textOf(tally.itemId)}</span>{' '}
              <span className="vote-badge">{t('equality.vote.badge', { count: tally.count })}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
