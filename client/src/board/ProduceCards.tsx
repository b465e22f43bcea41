import type { ActionCardItem, IndicatorItem } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { useFormatters } from '../workshop';
import { ActionCardForm } from './ActionCardForm';
import { AuthorBadge } from './AuthorBadge';
import { actionFields, indicatorFields, updateCard } from './card-edits';
import { IndicatorForm } from './IndicatorForm';
import { editButtonId, UNDO_BUTTON_ID, useCardEdits, type CardEdits } from './use-card-edits';

export interface CardEntry<T> {
  id: string;
  card: T;
}

interface ProduceCardsProps {
  actions: readonly CardEntry<ActionCardItem>[];
  indicators: readonly CardEntry<IndicatorItem>[];
  /** The board's items, when this person may change them (not while the board is locked). */
  editable?: Y.Map<unknown> | undefined;
}

/**
 * The produce phase's plan: the actions (who does what) and the indicators
 * (how we see the effect), each editable and deletable from the list — by
 * keyboard and screen reader too: labelled buttons, a delete that can be
 * undone, focus back where the person was.
 */
export function ProduceCards({ actions, indicators, editable }: ProduceCardsProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const edits = useCardEdits(editable);
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
                {edits.editing === id && editable ? (
                  <ActionCardForm
                    blocked={false}
                    editing={{ initial: actionFields(card), onCancel: () => edits.close(id) }}
                    onAdd={(fields) => {
                      updateCard(editable, id, 'action', fields);
                      edits.close(id);
                    }}
                  />
                ) : (
                  <>
                    <p className="card-text">{card.text}</p>
                    <p>
                      {t('itemKinds.action.status')}:{' '}
                      <strong>{t(`itemKinds.action.statuses.${card.status}`)}</strong>
                    </p>
                    {card.owner && <p>{t('cards.action.ownerLabel', { owner: card.owner })}</p>}
                    {card.resources && (
                      <p>{t('cards.action.resourcesLabel', { resources: card.resources })}</p>
                    )}
                    {card.dueDate && (
                      <p>{t('cards.action.dueLabel', { date: format.date(card.dueDate) })}</p>
                    )}
                    <p className="note-meta">
                      <AuthorBadge
                        role={card.authorRole}
                        anonymous={card.anonymous === true}
                        author={card.author}
                      />
                    </p>
                    <CardButtons id={id} text={card.text} edits={edits} />
                  </>
                )}
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
                {edits.editing === id && editable ? (
                  <IndicatorForm
                    blocked={false}
                    editing={{ initial: indicatorFields(card), onCancel: () => edits.close(id) }}
                    onAdd={(fields) => {
                      updateCard(editable, id, 'indicator', fields);
                      edits.close(id);
                    }}
                  />
                ) : (
                  <>
                    <p className="card-kind">{t(`cards.indicator.kinds.${card.kind}`)}</p>
                    <p className="card-text">{card.text}</p>
                    {card.baseline && (
                      <p>{t('cards.indicator.baselineLabel', { value: card.baseline })}</p>
                    )}
                    {card.target && (
                      <p>{t('cards.indicator.targetLabel', { value: card.target })}</p>
                    )}
                    {(['dataSource', 'measuredBy', 'schedule'] as const).map(
                      (field) =>
                        card[field] && (
                          <p key={field}>
                            {t(`itemKinds.indicator.${field}`)}: {card[field]}
                          </p>
                        ),
                    )}
                    <p className="note-meta">
                      <AuthorBadge
                        role={card.authorRole}
                        anonymous={card.anonymous === true}
                        author={card.author}
                      />
                    </p>
                    <CardButtons id={id} text={card.text} edits={edits} />
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {/* Always present, so the news of a delete (and its undo) is read where it happens. */}
      <div className="card-undo" role="status">
        {edits.deleted && (
          <p className="notice">
            {t('cards.edit.deleted', { text: edits.deleted.text })}{' '}
            <button type="button" id={UNDO_BUTTON_ID} onClick={edits.undo}>
              {t('cards.edit.undo')}
            </button>
          </p>
        )}
      </div>
    </>
  );
}

/** "Edit" and "Delete" for one card, named after it for screen readers. */
function CardButtons({ id, text, edits }: { id: string; text: string; edits: CardEdits }) {
  const { t } = useTranslation();
  if (!edits.enabled) return null;
  return (
    <div className="item-actions card-actions">
      <button
        type="button"
        id={editButtonId(id)}
        aria-label={t('cards.edit.editCard', { text })}
        onClick={() => edits.open(id)}
      >
        {t('cards.edit.edit')}
      </button>
      <button
        type="button"
        className="danger"
        aria-label={t('cards.edit.deleteCard', { text })}
        onClick={() => edits.remove(id, text)}
      >
        {t('cards.edit.delete')}
      </button>
    </div>
  );
}
