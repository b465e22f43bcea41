import type { ActionCardItem, IndicatorItem } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../workshop';
import { AuthorBadge } from './NoteList';

export interface CardEntry<T> {
  id: string;
  card: T;
}

/** The produce phase's plan: the actions (who does what) and the indicators (how we see the effect). */
export function ProduceCards({
  actions,
  indicators,
}: {
  actions: readonly CardEntry<ActionCardItem>[];
  indicators: readonly CardEntry<IndicatorItem>[];
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <>
      <section className="cards" aria-labelledby="actions-heading">
        <h2 id="actions-heading">
          {t('cards.action.heading')} <span className="count">({actions.length})</span>
        </h2>
        {actions.length === 0 ? (
          <p className="empty">{t('cards.action.none')}</p>
        ) : (
          <ul role="list" className="card-list">
            {actions.map(({ id, card }) => (
              <li key={id} className="card card-action">
                <p className="card-text">{card.text}</p>
                {card.owner && <p>{t('cards.action.ownerLabel', { owner: card.owner })}</p>}
                {card.resources && (
                  <p>{t('cards.action.resourcesLabel', { resources: card.resources })}</p>
                )}
                {card.dueDate && (
                  <p>{t('cards.action.dueLabel', { date: format.date(card.dueDate) })}</p>
                )}
                <p className="note-meta">
                  <AuthorBadge role={card.authorRole} anonymous={card.anonymous === true} />
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="cards" aria-labelledby="indicators-heading">
        <h2 id="indicators-heading">
          {t('cards.indicator.heading')} <span className="count">({indicators.length})</span>
        </h2>
        {indicators.length === 0 ? (
          <p className="empty">{t('cards.indicator.none')}</p>
        ) : (
          <ul role="list" className="card-list">
            {indicators.map(({ id, card }) => (
              <li key={id} className="card card-indicator">
                <p className="card-kind">{t(`cards.indicator.kinds.${card.kind}`)}</p>
                <p className="card-text">{card.text}</p>
                {card.baseline && (
                  <p>{t('cards.indicator.baselineLabel', { value: card.baseline })}</p>
                )}
                {card.target && <p>{t('cards.indicator.targetLabel', { value: card.target })}</p>}
                {card.measure && (
                  <p>{t('cards.indicator.measureLabel', { value: card.measure })}</p>
                )}
                <p className="note-meta">
                  <AuthorBadge role={card.authorRole} anonymous={card.anonymous === true} />
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
