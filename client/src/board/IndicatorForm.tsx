import { INDICATOR_KINDS, type IndicatorKind } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';
import type { NewIndicator } from './add-card';
import { CardField } from './CardField';
import { useCardForm, type CardEditing } from './use-card-form';

const EMPTY: NewIndicator = {
  kind: 'output',
  text: '',
  baseline: '',
  target: '',
  dataSource: '',
  measuredBy: '',
  schedule: '',
};

/** An impact indicator: output, outcome or impact, with a baseline, a target and where the figures come from, who measures them and when. */
export function IndicatorForm({
  onAdd,
  blocked,
  editing,
}: {
  onAdd: (card: NewIndicator) => void;
  blocked: boolean;
  /** Edit an existing card instead: its fields, and how to leave without saving. */
  editing?: CardEditing<NewIndicator>;
}) {
  const { t } = useTranslation();
  const { id, card, set, missingText, submit } = useCardForm({
    empty: editing?.initial ?? EMPTY,
    blocked,
    onAdd,
    addedMessage: editing ? t('cards.edit.saved') : t('cards.indicator.added'),
  });
  const Heading = editing ? 'h3' : 'h2';

  return (
    <section
      className={`panel card-form${editing ? ' card-form-editing' : ''}`}
      aria-labelledby={`${id}-heading`}
    >
      <Heading id={`${id}-heading`}>
        {editing ? t('cards.edit.indicatorHeading') : t('cards.indicator.formHeading')}
      </Heading>
      <form className="stack" onSubmit={submit} noValidate>
        <fieldset className="radio-group" disabled={blocked}>
          <legend>{t('cards.indicator.kind')}</legend>
          {INDICATOR_KINDS.map((kind: IndicatorKind) => (
            <div key={kind} className="radio-field">
              <input
                id={`${id}-kind-${kind}`}
                type="radio"
                name={`${id}-kind`}
                checked={card.kind === kind}
                aria-describedby={`${id}-kind-${kind}-hint`}
                onChange={() => set('kind')(kind)}
              />
              <label htmlFor={`${id}-kind-${kind}`}>{t(`cards.indicator.kinds.${kind}`)}</label>
              <p id={`${id}-kind-${kind}-hint`} className="hint">
                {t(`cards.indicator.kindHints.${kind}`)}
              </p>
            </div>
          ))}
        </fieldset>
        <CardField
          id={`${id}-text`}
          kind="textarea"
          label={t('cards.indicator.text')}
          error={missingText ? t('cards.indicator.textRequired') : null}
          value={card.text}
          disabled={blocked}
          onChange={set('text')}
        />
        <CardField
          id={`${id}-baseline`}
          label={t('cards.indicator.baseline')}
          hint={t('cards.indicator.baselineHint')}
          value={card.baseline}
          disabled={blocked}
          onChange={set('baseline')}
        />
        <CardField
          id={`${id}-target`}
          label={t('cards.indicator.target')}
          value={card.target}
          disabled={blocked}
          onChange={set('target')}
        />
        {(['dataSource', 'measuredBy', 'schedule'] as const).map((field) => (
          <CardField
            key={field}
            id={`${id}-${field}`}
            label={t(`itemKinds.indicator.${field}`)}
            value={card[field]}
            disabled={blocked}
            onChange={set(field)}
          />
        ))}
        <div className="button-row">
          <button type="submit" className="primary" disabled={blocked}>
            {editing ? t('cards.edit.save') : t('cards.indicator.add')}
          </button>
          {editing && (
            <button type="button" onClick={editing.onCancel}>
              {t('cards.edit.cancel')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
