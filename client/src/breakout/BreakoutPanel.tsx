import {
  BREAKOUT_LIMITS,
  pagePaths,
  type Action,
  type ParticipantSummary,
} from '@moteplass/shared';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey, useActionRunner } from '../api';
import { GroupEqualityOverview } from '../equality';
import type { WorkshopConnection } from '../sync';
import { announce } from '../workshop';
import { ChoiceControls } from './ChoiceControls';
import { GroupCard } from './GroupCard';
import { StartBreakoutForm } from './StartBreakoutForm';
import { useBreakout } from './use-breakout';
import { useGroupActivity } from './use-group-activity';

interface BreakoutPanelProps {
  connection: WorkshopConnection;
  workshopId: string;
  token: string;
  /** The console's participant list (names, roles, who has the board open). */
  participants: readonly ParticipantSummary[];
}

/**
 * The console's breakout groups: split the room, see every group (members,
 * who is here, last activity), move people by drag or keyboard, broadcast to
 * all, visit one, and recall everyone.
 */
export function BreakoutPanel({ connection, workshopId, token, participants }: BreakoutPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const breakout = useBreakout(connection.workshop);
  const activity = useGroupActivity(connection.items);
  const actions = useActionRunner(workshopId, token, errorMessageKey);
  const [message, setMessage] = useState('');
  const people = useMemo(() => new Map(participants.map((p) => [p.id, p])), [participants]);
  const running = breakout?.status === 'running' ? breakout : null;
  const run = (action: Action) => {
    if (actions.pending === null) void actions.run(action);
  };

  async function send(event: FormEvent) {
    event.preventDefault();
    const text = message.trim();
    if (!text) return;
    if (await actions.run({ type: 'broadcast', text })) {
      setMessage('');
      announce(t('breakout.broadcastSent'));
    }
  }

  async function move(participantId: string, groupId: string) {
    if (!running) return;
    if (await actions.run({ type: 'moveParticipant', participantId, groupId })) {
      const person = people.get(participantId)?.name ?? t('breakout.unnamedPerson');
      const group = running.groups.find((g) => g.id === groupId)?.name ?? '';
      announce(t('breakout.moved', { person, group }));
    }
  }

  async function closeChoice() {
    const reply = await actions.run({ type: 'closeChoice' });
    const placed = reply?.['placed'];
    if (Array.isArray(placed)) announce(t('breakoutChoose.closed', { count: placed.length }));
  }

  return (
    <section className="panel console-section breakout" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('breakout.heading')}</h2>
      {actions.failure && (
        <p className="error" role="alert">
          {t(actions.failure)}
        </p>
      )}
      {!running ? (
        <StartBreakoutForm onStart={run} />
      ) : (
        <>
          <p className="breakout-status">
            {t('breakout.running', { count: running.groups.length })}
          </p>
          <ChoiceControls
            breakout={running}
            participants={participants}
            busy={actions.pending !== null}
            onClose={() => void closeChoice()}
          />
          <form className="inline-form breakout-broadcast-form" onSubmit={(e) => void send(e)}>
            <div className="field">
              <label htmlFor={`${id}-message`}>{t('breakout.broadcast')}</label>
              <input
                id={`${id}-message`}
                value={message}
                maxLength={BREAKOUT_LIMITS.broadcastLength}
                onChange={(e) => setMessage(e.target.value)}
              />
            </div>
            <button type="submit">{t('breakout.broadcastSend')}</button>
          </form>
          <div className="button-row">
            <button
              type="button"
              className="primary"
              aria-describedby={`${id}-end-hint`}
              onClick={() => run({ type: 'endBreakout' })}
            >
              {t('breakout.end')}
            </button>
          </div>
          <p id={`${id}-end-hint`} className="hint">
            {t('breakout.endHint')}
          </p>
          <p className="hint">{t('breakout.dragHint')}</p>
          <ul className="breakout-grid" data-breakout-grid>
            {running.groups.map((group) => (
              <GroupCard
                key={group.id}
                group={group}
                groups={running.groups}
                people={people}
                activity={activity.get(group.id)}
                visitHref={pagePaths.boardGroup(workshopId, group.id)}
                items={connection.items}
                onMove={(participantId, groupId) => void move(participantId, groupId)}
              />
            ))}
          </ul>
          {/* Hosts, hands and rounds per group (docs/breakout.md, "Equality inside groups"). */}
          <GroupEqualityOverview
            workshop={connection.workshop}
            workshopId={workshopId}
            token={token}
            participants={participants}
          />
        </>
      )}
    </section>
  );
}
