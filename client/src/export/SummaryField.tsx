import { LIMITS } from '@moteplass/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export type SummaryStatus = 'idle' | 'saving' | 'saved' | 'failed';

interface SummaryFieldProps {
  value: string;
  status: SummaryStatus;
  onChange: (value: string) => void;
  onSave: () => void;
}

/** The facilitator's summary for the report: written here, stored with the workshop. */
export function SummaryField({ value, status, onChange, onSave }: SummaryFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const tooLong = value.length > LIMITS.caseFileSummaryLength;
  return (
    <div className="field">
      <label htmlFor={`${id}-summary`}>{t('export.dialog.summaryLabel')}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('export.dialog.summaryHint')}
      </p>
      <textarea
        id={`${id}-summary`}
        rows={5}
        value={value}
        aria-describedby={`${id}-hint${tooLong ? ` ${id}-error` : ''}`}
        aria-invalid={tooLong || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {tooLong && (
        <p className="error" id={`${id}-error`}>
          {t('export.dialog.summaryTooLong', { max: LIMITS.caseFileSummaryLength })}
        </p>
      )}
      <div className="button-row">
        <button type="button" onClick={onSave} disabled={tooLong || status === 'saving'}>
          {status === 'saving' ? t('export.dialog.summarySaving') : t('export.dialog.summarySave')}
        </button>
        <p role="status" className="export-saved">
          {status === 'saved' ? t('export.dialog.summarySaved') : ''}
        </p>
      </div>
      {status === 'failed' && (
        <p className="error" role="alert">
          {t('errors.generic')}
        </p>
      )}
    </div>
  );
}
