import { PHASE_IDS, type PhaseId } from '@moteplass/shared';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../api';
import { svgToPng } from './board-png';
import { DeleteWorkshop } from './DeleteWorkshop';
import {
  EXPORT_FORMATS,
  fetchExport,
  fetchSummary,
  saveFile,
  saveSummary,
  type ExportFormat,
} from './export-api';
import { SummaryField, type SummaryStatus } from './SummaryField';

interface ExportDialogProps {
  workshopId: string;
  token: string;
  titleId: string;
  onClose: () => void;
}

type Progress =
  | { state: 'idle' }
  | { state: 'working'; format: ExportFormat }
  | { state: 'done'; filename: string }
  | { state: 'failed'; message: string };

/** The contents of "Eksporter til saksmappe": summary, names, area, and one button per format. */
export function ExportDialog({ workshopId, token, titleId, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [summary, setSummary] = useState('');
  const [savedSummary, setSavedSummary] = useState('');
  const [summaryStatus, setSummaryStatus] = useState<SummaryStatus>('idle');
  const [includeNames, setIncludeNames] = useState(false);
  const [phase, setPhase] = useState<PhaseId | ''>('');
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });

  useEffect(() => {
    let current = true;
    fetchSummary(workshopId, token).then(
      (stored) => {
        if (!current) return;
        setSummary(stored);
        setSavedSummary(stored);
      },
      () => {},
    );
    return () => {
      current = false;
    };
  }, [workshopId, token]);

  async function storeSummary(): Promise<void> {
    setSummaryStatus('saving');
    try {
      const stored = await saveSummary(workshopId, token, summary);
      setSavedSummary(stored);
      setSummaryStatus('saved');
    } catch (error) {
      setSummaryStatus('failed');
      throw error;
    }
  }

  async function download(format: ExportFormat): Promise<void> {
    const label = t(`export.formats.${format}.label`);
    setProgress({ state: 'working', format });
    try {
      // The report must carry what the facilitator just wrote.
      if (summary.trim() !== savedSummary.trim()) await storeSummary();
      const options = { includeNames, phase: phase || undefined };
      const file =
        format === 'png'
          ? await svgToPng(await fetchExport(workshopId, token, 'svg', options))
          : await fetchExport(workshopId, token, format, options);
      saveFile(file);
      setProgress({ state: 'done', filename: file.filename });
    } catch (error) {
      setProgress({ state: 'failed', message: `${label}: ${t(errorMessageKey(error))}` });
    }
  }

  const busy = progress.state === 'working';
  return (
    <div className="export-dialog-body">
      <h2 id={titleId}>{t('export.dialog.title')}</h2>
      <p>{t('export.dialog.intro')}</p>
      <SummaryField
        value={summary}
        status={summaryStatus}
        onChange={(value) => {
          setSummary(value);
          setSummaryStatus('idle');
        }}
        onSave={() => void storeSummary().catch(() => {})}
      />
      <div className="field export-check">
        <input
          id={`${id}-names`}
          type="checkbox"
          checked={includeNames}
          aria-describedby={`${id}-names-hint`}
          onChange={(event) => setIncludeNames(event.target.checked)}
        />
        <label htmlFor={`${id}-names`}>{t('export.dialog.includeNames')}</label>
        <p className="hint" id={`${id}-names-hint`}>
          {t('export.dialog.includeNamesHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-area`}>{t('export.dialog.area')}</label>
        <select
          id={`${id}-area`}
          value={phase}
          onChange={(event) => setPhase(event.target.value as PhaseId | '')}
        >
          <option value="">{t('export.dialog.wholeBoard')}</option>
          {PHASE_IDS.map((phaseId) => (
            <option key={phaseId} value={phaseId}>
              {t(`phases.${phaseId}.title`)}
            </option>
          ))}
        </select>
      </div>
      <h3>{t('export.dialog.formatsHeading')}</h3>
      <ul role="list" className="export-formats">
        {EXPORT_FORMATS.map((format) => (
          <li key={format}>
            <button
              type="button"
              disabled={busy}
              aria-describedby={`${id}-${format}`}
              onClick={() => void download(format)}
            >
              {t('export.dialog.download', { format: t(`export.formats.${format}.label`) })}
            </button>
            <p className="hint" id={`${id}-${format}`}>
              {t(`export.formats.${format}.hint`)}
            </p>
          </li>
        ))}
      </ul>
      <p role="status" className="export-progress">
        {progress.state === 'working' &&
          t('export.dialog.preparing', { format: t(`export.formats.${progress.format}.label`) })}
        {progress.state === 'done' && t('export.dialog.downloaded', { file: progress.filename })}
      </p>
      {progress.state === 'failed' && (
        <p className="error" role="alert">
          {progress.message}
        </p>
      )}
      <DeleteWorkshop workshopId={workshopId} token={token} />
      <div className="button-row export-close">
        <button type="button" onClick={onClose}>
          {t('export.dialog.close')}
        </button>
      </div>
    </div>
  );
}
