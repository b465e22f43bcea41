import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessageKey } from '../api';
import { useSessionStore } from '../session';
import { deleteWorkshop } from './export-api';

/**
 * Delete for good, after the export (GDPR). Two steps, so a slip of the
 * mouse deletes nothing; afterwards this device forgets the session.
 */
export function DeleteWorkshop({ workshopId, token }: { workshopId: string; token: string }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const forget = useSessionStore((state) => state.forget);
  const [stage, setStage] = useState<'idle' | 'confirm' | 'deleting'>('idle');
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setStage('deleting');
    setError(null);
    try {
      await deleteWorkshop(workshopId, token);
      forget(workshopId);
      void navigate('/');
    } catch (failure) {
      setError(t(errorMessageKey(failure)));
      setStage('confirm');
    }
  }

  return (
    <section className="export-delete" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('export.delete.heading')}</h3>
      <p>{t('export.delete.body')}</p>
      {stage === 'idle' ? (
        <button type="button" className="danger" onClick={() => setStage('confirm')}>
          {t('export.delete.start')}
        </button>
      ) : (
        <div className="confirm">
          <p>{t('export.delete.question')}</p>
          <div className="button-row">
            <button
              type="button"
              className="danger"
              disabled={stage === 'deleting'}
              onClick={() => void remove()}
            >
              {stage === 'deleting' ? t('export.delete.deleting') : t('export.delete.confirm')}
            </button>
            <button type="button" onClick={() => setStage('idle')}>
              {t('export.delete.cancel')}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
