import { useTranslation } from 'react-i18next';
import { myVotesFrom } from './api';
import { useMyDotsStore } from './my-dots-store';
import type { EqualityActions } from './use-equality-action';

interface NoteVoteProps {
  itemId: string;
  text: string;
  /** One's own dots (item ids, one per dot). */
  dots: readonly string[];
  remaining: number;
  actions: EqualityActions;
}

/** Give or take back one's own dots on a note while the vote is open. */
export function NoteVote({ itemId, text, dots, remaining, actions }: NoteVoteProps) {
  const { t } = useTranslation();
  const mine = dots.filter((dot) => dot === itemId).length;
  const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;

  async function send(type: 'castVote' | 'retractVote') {
    if (actions.pending !== null) return;
    const reply = await actions.run({ type, itemId });
    if (reply) useMyDotsStore.getState().set(myVotesFrom(reply));
  }

  return (
    <span className="note-vote">
      <span className="dots" aria-hidden="true">
        {'●'.repeat(mine)}
      </span>
      <span className="visually-hidden">{t('equality.vote.myDotsOnNote', { count: mine })}</span>
      <button
        type="button"
        className="dot-button"
        aria-label={t('equality.vote.addDot', { text: short })}
        disabled={remaining === 0}
        onClick={() => void send('castVote')}
      >
        +
      </button>
      <button
        type="button"
        className="dot-button"
        aria-label={t('equality.vote.removeDot', { text: short })}
        disabled={mine === 0}
        onClick={() => void send('retractVote')}
      >
        −
      </button>
    </span>
  );
}
