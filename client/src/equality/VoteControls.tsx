import {
  PHASE_IDS,
  VOTE_LIMITS,
  type BoardItem,
  type BreakoutGroup,
  type OpenVote,
  type PhaseId,
} from '@moteplass/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionFailure } from '../api';
import { kindOf } from '../kinds';
import { GroupScopeLine, GroupScopeOptions, groupScopeFields } from './GroupScopeLine';
import type { EqualityActions } from './use-equality-action';

interface VoteControlsProps {
  vote: OpenVote | null;
  phase: PhaseId;
  /** Frames on the board, to vote on the notes inside one. */
  frames: readonly { id: string; item: BoardItem }[];
  /** Cards with a ballot of their own (polls), to vote on their options. */
  polls?: readonly { id: string; item: BoardItem }[];
  actions: EqualityActions;
  /** A running breakout's groups: a vote for one of them or for all (GROUPEQ-4). */
  groups?: readonly BreakoutGroup[];
}

/** The facilitator opens a dot vote (same dots for everyone) and closes it to show the result. */
export function VoteControls({
  vote,
  phase,
  frames,
  polls = [],
  actions,
  groups = [],
}: VoteControlsProps) {
  const { t } = useTranslation();
  const id = useId();
  const [dots, setDots] = useState('3');
  const [scope, setScope] = useState<string>(`phase:${phase}`);
  const [forbidOwn, setForbidOwn] = useState(false);
  const [invalid, setInvalid] = useState(false);

  function start(event: FormEvent) {
    event.preventDefault();
    const count = Number(dots);
    if (!Number.isInteger(count) || count < 1 || count > VOTE_LIMITS.maxDotsPerParticipant) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (actions.pending !== null) return;
    const [kind, value = ''] = scope.split(':');
    const grouped = groupScopeFields(scope);
    if (grouped) {
      void actions.run({
        type: 'startVote',
        dotsPerParticipant: count,
        forbidOwnNotes: forbidOwn,
        ...grouped,
      });
      return;
    }
    void actions.run({
      type: 'startVote',
      dotsPerParticipant: count,
      forbidOwnNotes: forbidOwn,
      ...(kind === 'frame'
        ? { frameId: value }
        : kind === 'poll'
          ? { pollId: value }
          : { phase: value as PhaseId }),
    });
  }

  return (
    <section className="panel console-section vote-controls" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('equality.vote.heading')}</h2>
      {vote ? (
        <>
          <p className="status-line">
            {t('equality.vote.open', { count: vote.dotsPerParticipant })}
          </p>
          <GroupScopeLine scope={vote} groups={groups} />
          <p>{t('equality.vote.progress', { voters: vote.voters, done: vote.votersDone })}</p>
          <p className="hint">{t('equality.vote.hidden')}</p>
          <button
            type="button"
            className="primary"
            onClick={() => actions.pending === null && void actions.run({ type: 'closeVote' })}
          >
            {t('equality.vote.close')}
          </button>
        </>
      ) : (
        <form className="stack" onSubmit={start} noValidate>
          <div className="field">
            <label htmlFor={`${id}-dots`}>{t('equality.vote.dots')}</label>
            <input
              id={`${id}-dots`}
              inputMode="numeric"
              value={dots}
              aria-invalid={invalid || undefined}
              onChange={(event) => setDots(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-scope`}>{t('equality.vote.scope')}</label>
            <select
              id={`${id}-scope`}
              value={scope}
              onChange={(event) => setScope(event.target.value)}
            >
              {PHASE_IDS.map((value) => (
                <option key={value} value={`phase:${value}`}>
                  {t('equality.vote.scopePhase', { phase: t(`phases.${value}.title`) })}
                </option>
              ))}
              {frames.map(({ id: frameId, item }) => (
                <option key={frameId} value={`frame:${frameId}`}>
                  {t('equality.vote.scopeFrame', { title: kindOf(item).words(item) })}
                </option>
              ))}
              <GroupScopeOptions groups={groups} />
              {polls.map(({ id: pollId, item }) => (
                <option key={pollId} value={`poll:${pollId}`}>
                  {t('poll.scope', { question: kindOf(item).words(item) })}
                </option>
              ))}
            </select>
          </div>
          <label className="choice">
            <input
              type="checkbox"
              checked={forbidOwn}
              aria-describedby={`${id}-own-hint`}
              onChange={(event) => setForbidOwn(event.target.checked)}
            />{' '}
            {t('equality.vote.forbidOwn')}
          </label>
          <p id={`${id}-own-hint`} className="hint">
            {t('equality.vote.forbidOwnHint')}
          </p>
          <button type="submit" className="primary">
            {t('equality.vote.start')}
          </button>
        </form>
      )}
      <ActionFailure failure={actions.failure} />
    </section>
  );
}
