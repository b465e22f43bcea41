import { isWellFormedJoinCode, normalizeJoinCode, pagePaths } from '@moteplass/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessageKey, isApiError, lookupJoinCode, type ErrorMessageKey } from '../api';

type CodeError =
  ErrorMessageKey | 'start.joinCodeRequired' | 'start.joinCodeMalformed' | 'start.joinCodeUnknown';

/** "Join with code", as people know it from Mentimeter and Kahoot. */
export function JoinWithCodeForm() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [error, setError] = useState<CodeError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const normalized = normalizeJoinCode(code);
    if (!normalized) return setError('start.joinCodeRequired');
    if (!isWellFormedJoinCode(normalized)) return setError('start.joinCodeMalformed');
    setError(null);
    setBusy(true);
    try {
      const workshop = await lookupJoinCode(normalized);
      void navigate(pagePaths.join(workshop.id, normalized));
    } catch (failure) {
      setError(
        isApiError(failure) && failure.status === 404
          ? 'start.joinCodeUnknown'
          : errorMessageKey(failure),
      );
      setBusy(false);
    }
  }

  return (
    <form className="join-with-code" onSubmit={submit} noValidate aria-busy={busy}>
      <label htmlFor={`${id}-code`}>{t('start.joinCode')}</label>
      <p id={`${id}-hint`} className="hint">
        {t('start.joinCodeHint')}
      </p>
      <div className="inline-field">
        <input
          id={`${id}-code`}
          className="code-input"
          value={code}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          onChange={(event) => setCode(event.target.value)}
        />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('start.joinLooking') : t('start.joinSubmit')}
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} className="error" role="alert">
          {t(error)}
        </p>
      )}
    </form>
  );
}
