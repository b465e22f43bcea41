import { LIMITS, ROLES, isRole } from '@moteplass/shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey, isApiError, type ErrorMessageKey } from '../api';
import {
  validateJoinForm,
  type JoinFormValues,
  type JoinFieldError,
  type ParticipantJoinRequest,
} from './join-form';

interface JoinFormProps {
  /** The code from the link, if it came with one. */
  initialCode: string;
  onSubmit: (request: ParticipantJoinRequest) => Promise<void>;
}

type FieldErrors = Partial<Record<keyof JoinFormValues, JoinFieldError | 'errors.invalidJoinCode'>>;

/** Optional name, a role, and the code when the link did not carry it. */
export function JoinForm({ initialCode, onSubmit }: JoinFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<JoinFormValues>({ code: initialCode, name: '', role: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ErrorMessageKey | null>(null);
  const [busy, setBusy] = useState(false);
  const [showCode, setShowCode] = useState(!initialCode);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = validateJoinForm(values);
    setFailure(null);
    if (!result.ok) {
      setErrors(result.errors);
      if (result.errors.code) setShowCode(true);
      // Focus the first field that needs attention, after it has rendered.
      requestAnimationFrame(() =>
        form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await onSubmit(result.request);
    } catch (error) {
      if (isApiError(error) && error.code === 'INVALID_JOIN_CODE') {
        setShowCode(true);
        setErrors({ code: 'errors.invalidJoinCode' });
      } else {
        setFailure(errorMessageKey(error));
      }
      setBusy(false);
    }
  }

  const field = (name: keyof JoinFormValues) => ({
    id: `${id}-${name}`,
    'aria-invalid': errors[name] ? true : undefined,
  });
  const describedBy = (name: keyof JoinFormValues, hint: boolean) =>
    [hint ? `${id}-${name}-hint` : null, errors[name] ? `${id}-${name}-error` : null]
      .filter(Boolean)
      .join(' ') || undefined;
  const fieldError = (name: keyof JoinFormValues) => {
    const key = errors[name];
    return key ? (
      <p id={`${id}-${name}-error`} className="error" role="alert">
        {t(key, { max: LIMITS.nameLength })}
      </p>
    ) : null;
  };

  return (
    <form ref={form} className="stack" onSubmit={submit} noValidate aria-busy={busy}>
      {showCode && (
        <div className="field">
          <label htmlFor={`${id}-code`}>{t('join.code')}</label>
          <p id={`${id}-code-hint`} className="hint">
            {t('join.codeHint')}
          </p>
          <input
            {...field('code')}
            className="code-input"
            value={values.code}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-describedby={describedBy('code', true)}
            onChange={(event) => setValues({ ...values, code: event.target.value })}
          />
          {fieldError('code')}
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('join.name')}</label>
        <p id={`${id}-name-hint`} className="hint">
          {t('join.nameHint')}
        </p>
        <input
          {...field('name')}
          value={values.name}
          autoComplete="nickname"
          maxLength={LIMITS.nameLength}
          aria-describedby={describedBy('name', true)}
          onChange={(event) => setValues({ ...values, name: event.target.value })}
        />
        {fieldError('name')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('join.role')}</label>
        <p id={`${id}-role-hint`} className="hint">
          {t('join.roleWhy')}
        </p>
        <select
          {...field('role')}
          value={values.role}
          required
          aria-describedby={describedBy('role', true)}
          onChange={(event) => {
            const role = event.target.value;
            setValues({ ...values, role: isRole(role) ? role : '' });
          }}
        >
          <option value="">{t('join.rolePlaceholder')}</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
        {fieldError('role')}
      </div>
      {failure && (
        <p className="error" role="alert">
          {t(failure)}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('join.joining') : t('join.submit')}
      </button>
    </form>
  );
}
