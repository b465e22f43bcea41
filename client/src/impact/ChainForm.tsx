import {
  IMPACT_LIMITS,
  type ActionCardItem,
  type ImpactChain,
  type TargetGroup,
} from '@moteplass/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseAction } from '../reflection';

interface ChainFormProps {
  chain: ImpactChain;
  actionCards: readonly { id: string; item: ActionCardItem }[];
  workshopId: string;
  token: string;
}

/**
 * The impact chain as a guided form, in the order SoImpact walks it: the
 * goal, the target groups and their success goals, the main activities (the
 * board's action cards), the change hypothesis. Saved in one action; what
 * the server keeps is what everyone sees.
 */
export function ChainForm({ chain, actionCards, workshopId, token }: ChainFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [goal, setGoal] = useState(chain.goal);
  const [groups, setGroups] = useState<TargetGroup[]>(chain.targetGroups);
  const [activities, setActivities] = useState<string[]>(chain.activities);
  const [hypothesis, setHypothesis] = useState(chain.hypothesis);
  // 'dirty' while this person has unsaved edits: a chain saved elsewhere then waits for them.
  const [status, setStatus] = useState<'clean' | 'dirty' | 'saved'>('clean');
  const dirty = () => setStatus('dirty');
  // A new chain from the server (another person's save) resets a form without unsaved edits.
  const chainKey = JSON.stringify(chain);
  const [seenKey, setSeenKey] = useState(chainKey);
  if (chainKey !== seenKey && status !== 'dirty') {
    setSeenKey(chainKey);
    setGoal(chain.goal);
    setGroups(chain.targetGroups);
    setActivities(chain.activities);
    setHypothesis(chain.hypothesis);
  }
  const actions = useCaseAction(workshopId, token);

  const setGroup = (index: number, change: Partial<TargetGroup>) => {
    dirty();
    setGroups((current) => current.map((g, i) => (i === index ? { ...g, ...change } : g)));
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    void actions
      .run({
        type: 'setImpactChain',
        goal: goal.trim(),
        targetGroups: groups
          .map((g) => ({ name: g.name.trim(), successGoal: g.successGoal.trim() }))
          .filter((g) => g.name || g.successGoal),
        activities: activities.filter((a) => actionCards.some((card) => card.id === a)),
        hypothesis: {
          if: hypothesis.if.trim(),
          then: hypothesis.then.trim(),
          because: hypothesis.because.trim(),
        },
      })
      .then((reply) => reply && setStatus('saved'));
  };

  return (
    <form className="chain-form" onSubmit={save} data-impact="chain-form">
      <label className="field">
        <span>{t('seriesUi.impact.goal')}</span>
        <textarea
          value={goal}
          rows={2}
          maxLength={IMPACT_LIMITS.goalLength}
          onChange={(e) => {
            dirty();
            setGoal(e.target.value);
          }}
        />
      </label>

      <fieldset className="chain-groups">
        <legend>{t('seriesUi.impact.targetGroups')}</legend>
        {groups.map((group, index) => (
          <div key={index} className="chain-group">
            <label className="field">
              <span>{t('seriesUi.impact.groupName')}</span>
              <input
                value={group.name}
                maxLength={IMPACT_LIMITS.fieldLength}
                onChange={(e) => setGroup(index, { name: e.target.value })}
              />
            </label>
            <label className="field">
              <span>{t('seriesUi.impact.successGoal')}</span>
              <input
                value={group.successGoal}
                maxLength={IMPACT_LIMITS.fieldLength}
                onChange={(e) => setGroup(index, { successGoal: e.target.value })}
              />
            </label>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                dirty();
                setGroups((current) => current.filter((_, i) => i !== index));
              }}
            >
              {t('seriesUi.impact.removeGroup', { name: group.name || index + 1 })}
            </button>
          </div>
        ))}
        {groups.length < 10 && (
          <button
            type="button"
            onClick={() => {
              dirty();
              setGroups((current) => [...current, { name: '', successGoal: '' }]);
            }}
          >
            {t('seriesUi.impact.addGroup')}
          </button>
        )}
      </fieldset>

      <fieldset className="chain-activities">
        <legend>{t('seriesUi.impact.activities')}</legend>
        {actionCards.length === 0 ? (
          <p className="empty">{t('seriesUi.impact.noActions')}</p>
        ) : (
          actionCards.map((card) => (
            <label key={card.id} className="check">
              <input
                type="checkbox"
                checked={activities.includes(card.id)}
                onChange={(e) => {
                  dirty();
                  setActivities((current) =>
                    e.target.checked ? [...current, card.id] : current.filter((a) => a !== card.id),
                  );
                }}
              />
              <span>
                {card.item.text}
                {card.item.owner && <span className="muted"> – {card.item.owner}</span>}
              </span>
            </label>
          ))
        )}
      </fieldset>

      <fieldset className="chain-hypothesis">
        <legend>{t('seriesUi.impact.hypothesis')}</legend>
        {(['if', 'then', 'because'] as const).map((part) => (
          <label key={part} className="field">
            <span>{t(`seriesUi.impact.${part}`)}</span>
            <input
              id={`${id}-${part}`}
              value={hypothesis[part]}
              maxLength={IMPACT_LIMITS.fieldLength}
              onChange={(e) => {
                dirty();
                setHypothesis((current) => ({ ...current, [part]: e.target.value }));
              }}
            />
          </label>
        ))}
      </fieldset>

      {actions.failure && (
        <p className="error" role="alert">
          {t(actions.failure)}
        </p>
      )}
      <button type="submit" className="primary" disabled={actions.pending !== null}>
        {t('seriesUi.impact.save')}
      </button>
      {status === 'saved' && (
        <p className="notice" role="status">
          {t('seriesUi.impact.saved')}
        </p>
      )}
    </form>
  );
}
