import type { MyVotesReply, OpenVote } from '@moteplass/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionFailure } from '../api';
import { useMyDotsStore } from './my-dots-store';

/** On the board while a vote is open: what is on the ballot and one's own dots left. */
export function VoteStatus({
  vote,
  mine,
  compact = false,
}: {
  vote: OpenVote;
  mine: MyVotesReply;
  /** The phone's: heading and dots left only. */
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const failure = useMyDotsStore((state) => state.failure);
  const id = useId();
  return (
    <section className="panel vote-status" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('equality.vote.heading')}</h2>
      {!compact && <p>{t('equality.vote.open', { count: vote.dotsPerParticipant })}</p>}
      {!compact && vote.phase && (
        <p>{t('equality.vote.scopePhase', { phase: t(`phases.${vote.phase}.title`) })}</p>
      )}
      <p className="status-line" role="status">
        {t('equality.vote.myDots', {
          remaining: mine.voteId === vote.voteId ? mine.remaining : vote.dotsPerParticipant,
          total: vote.dotsPerParticipant,
        })}
      </p>
      {!compact && <p className="hint">{t('equality.vote.hidden')}</p>}
      <ActionFailure failure={failure} />
    </section>
  );
}
