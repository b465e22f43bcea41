import { LIMITS, type SilentRound } from '@moteplass/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftEditor } from './DraftEditor';
import { ActionFailure } from '../api';
import { formatDuration } from './format';
import { useCountdown } from './use-countdown';
import type { EqualityActions } from './use-equality-action';
import { useMyDrafts } from './use-my-drafts';

interface DraftsPanelProps {
  round: SilentRound;
  workshopId: string;
  token: string;
  actions: EqualityActions;
}

/** Silent writing for a participant: private drafts, kept on the server for them alone. */
export function DraftsPanel({ round, workshopId, token, actions }: DraftsPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const { drafts, put, remove } = useMyDrafts(workshopId, token, round.roundId);
  const [text, setText] = useState('');
  const left = useCountdown(round.endsAt);
  const phase = round.phase;

  async function add(event: FormEvent) {
    event.preventDefault();
    if (!text.trim() || actions.pending !== null) return;
    const reply = await actions.run({ type: 'saveDraft', text, phase });
    if (typeof reply?.draftId !== 'string') return;
    put({ draftId: reply.draftId, text, phase, updatedAt: Number(reply.updatedAt) });
    setText('');
  }

  async function save(draftId: string, next: string): Promise<boolean> {
    const reply = await actions.run({ type: 'saveDraft', draftId, text: next, phase });
    if (reply) put({ draftId, text: next, phase, updatedAt: Number(reply.updatedAt) });
    return reply !== null;
  }

  async function drop(draftId: string) {
    if (await actions.run({ type: 'deleteDraft', draftId })) remove(draftId);
  }

  return (
    <section className="panel drafts-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('equality.silent.heading')}</h2>
      <p>
        {t('equality.silent.intro')}{' '}
        {round.reveal === 'anonymous'
          ? t('equality.silent.introAnonymous')
          : t('equality.silent.introAttributed')}
      </p>
      {left !== null && (
        <p className="status-line">
          {left > 0
            ? t('equality.silent.timeLeft', { time: formatDuration(left) })
            : t('equality.silent.timeUp')}
        </p>
      )}
      <form className="composer-form" onSubmit={(event) => void add(event)}>
        <label htmlFor={`${id}-new`}>{t('equality.silent.newDraft')}</label>
        <textarea
          id={`${id}-new`}
          rows={3}
          maxLength={LIMITS.itemTextLength}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="primary">
          {t('equality.silent.add')}
        </button>
      </form>
      <ActionFailure failure={actions.failure} />
      <h3 id={`${id}-mine`}>
        {t('equality.silent.myDrafts')} <span className="count">({drafts.length})</span>
      </h3>
      {drafts.length === 0 ? (
        <p className="empty">{t('equality.silent.noDrafts')}</p>
      ) : (
        <ol className="drafts" aria-labelledby={`${id}-mine`}>
          {drafts.map((draft, index) => (
            <DraftEditor
              key={draft.draftId}
              number={index + 1}
              initial={draft.text}
              onSave={(next) => save(draft.draftId, next)}
              onDelete={() => void drop(draft.draftId)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
