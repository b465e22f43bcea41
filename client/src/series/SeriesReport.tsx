import { SERIES_EXPORT_FORMATS, type SeriesExportFormat } from '@moteplass/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey, type ErrorMessageKey } from '../api';
import { fetchSeriesReport } from './series-api';

/** The series report for the case file: PDF/A-2, CSV or JSON, fetched with the token and saved. */
export function SeriesReport({ workshopId, token }: { workshopId: string; token: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [pending, setPending] = useState<SeriesExportFormat | null>(null);
  const [failure, setFailure] = useState<ErrorMessageKey | null>(null);
  const download = (format: SeriesExportFormat) => {
    setPending(format);
    setFailure(null);
    fetchSeriesReport(workshopId, token, format).then(
      ({ blob, filename }) => {
        const link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = filename;
        document.body.append(link);
        link.click();
        link.remove();
        // Revoke later: some browsers read the blob after click() returns.
        setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
        setPending(null);
      },
      (error: unknown) => {
        setFailure(errorMessageKey(error));
        setPending(null);
      },
    );
  };
  return (
    <section
      className="panel series-section"
      aria-labelledby={`${id}-heading`}
      data-series="report"
    >
      <h2 id={`${id}-heading`}>{t('seriesUi.series.report')}</h2>
      <p className="hint">{t('seriesUi.series.reportIntro')}</p>
      <div className="button-row">
        {SERIES_EXPORT_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            disabled={pending !== null}
            onClick={() => download(format)}
            data-format={format}
          >
            {t('seriesUi.series.download', { format: format.toUpperCase() })}
          </button>
        ))}
      </div>
      {failure && (
        <p className="error" role="alert">
          {t(failure)}
        </p>
      )}
    </section>
  );
}
