import type { ActionCardItem, ImpactChain } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';

interface ChainSummaryProps {
  chain: ImpactChain;
  actionCards: readonly { id: string; item: ActionCardItem }[];
}

/** The impact chain to read (everyone but the facilitator): goal, groups, activities, hypothesis. */
export function ChainSummary({ chain, actionCards }: ChainSummaryProps) {
  const { t } = useTranslation();
  const none = t('seriesUi.impact.notGiven');
  const activities = chain.activities.flatMap((id) => {
    const card = actionCards.find((c) => c.id === id);
    return card ? [card] : [];
  });
  return (
    <dl className="chain-summary" data-impact="chain">
      <div>
        <dt>{t('seriesUi.impact.goal')}</dt>
        <dd>{chain.goal || none}</dd>
      </div>
      <div>
        <dt>{t('seriesUi.impact.targetGroups')}</dt>
        <dd>
          {chain.targetGroups.length === 0 ? (
            none
          ) : (
            <ul>
              {chain.targetGroups.map((group, index) => (
                <li key={index}>
                  <strong>{group.name}</strong>
                  {group.successGoal && ` – ${group.successGoal}`}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('seriesUi.impact.activities')}</dt>
        <dd>
          {activities.length === 0 ? (
            none
          ) : (
            <ul>
              {activities.map((card) => (
                <li key={card.id}>{card.item.text}</li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('seriesUi.impact.hypothesis')}</dt>
        <dd>
          {chain.hypothesis.if || chain.hypothesis.then || chain.hypothesis.because
            ? `${t('seriesUi.impact.if')} ${chain.hypothesis.if} ${t('seriesUi.impact.then')} ${chain.hypothesis.then} ${t('seriesUi.impact.because')} ${chain.hypothesis.because}`
            : none}
        </dd>
      </div>
    </dl>
  );
}
