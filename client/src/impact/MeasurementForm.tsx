import { IMPACT_LIMITS, type Measurement } from '@moteplass/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseActions } from '../reflection';

interface MeasurementFormProps {
  indicatorId: string;
  name: string;
  measurements: readonly Measurement[];
  actions: CaseActions;
}

const today = () => new Date().toISOString().slice(0, 10);

/** The facilitator records a measurement (value, date, note) against one indicator, or deletes one. */
export function MeasurementForm({
  indicatorId,
  name,
  measurements,
  actions,
}: MeasurementFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState('');
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const number = Number(value.replace(',', '.'));
  const valid = value.trim() !== '' && Number.isFinite(number) && /^\d{4}-\d{2}-\d{2}$/.test(date);

  const record = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    void actions
      .run({
        type: 'recordMeasurement',
        indicatorId,
        value: number,
        date,
        ...(note.trim() ? { note: note.trim() } : {}),
      })
      .then((reply) => {
        if (!reply) return;
        setValue('');
        setNote('');
      });
  };

  return (
    <div className="measurement-controls">
      {measurements.length > 0 && (
        <ul className="measurement-list">
          {measurements.map((m) => (
            <li key={m.id}>
              <button
                type="button"
                className="link-button"
                disabled={actions.pending !== null}
                onClick={() =>
                  void actions.run({ type: 'deleteMeasurement', indicatorId, measurementId: m.id })
                }
              >
                {t('seriesUi.impact.remove', { date: m.date })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="measurement-form"
        onSubmit={record}
        aria-labelledby={`${id}-legend`}
        data-impact="measure"
      >
        <p id={`${id}-legend`} className="measurement-legend">
          {t('seriesUi.impact.recordFor', { indicator: name })}
        </p>
        <label className="field">
          <span>{t('seriesUi.impact.value')}</span>
          <input
            inputMode="decimal"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            required
          />
        </label>
        <label className="field">
          <span>{t('seriesUi.impact.date')}</span>
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </label>
        <label className="field measurement-note">
          <span>{t('seriesUi.impact.note')}</span>
          <input
            value={note}
            maxLength={IMPACT_LIMITS.noteLength}
            onChange={(e) => setNote(e.target.value)}
          />
        </label>
        <button type="submit" disabled={!valid || actions.pending !== null}>
          {t('seriesUi.impact.record')}
        </button>
      </form>
    </div>
  );
}
