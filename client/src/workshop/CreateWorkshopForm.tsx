import {
  isLanguage,
  LANGUAGES,
  LIMITS,
  type CreateWorkshopReply,
  type Language,
  type WorkshopTemplate,
} from '@moteplass/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createWorkshop, errorMessageKey, type ErrorMessageKey } from '../api';
import { effectiveLanguage, useLanguageStore } from '../i18n';
import { TemplateChoice } from './TemplateChoice';

type FieldError = 'start.titleRequired' | 'start.titleTooLong' | 'start.caseDescriptionTooLong';

/** Title (required), the case, the workshop's language, and how the board starts. */
export function CreateWorkshopForm({
  onCreated,
}: {
  onCreated: (workshop: CreateWorkshopReply) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const uiLanguage = useLanguageStore(effectiveLanguage);
  const [title, setTitle] = useState('');
  const [caseDescription, setCaseDescription] = useState('');
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [template, setTemplate] = useState<WorkshopTemplate>('phases');
  const [errors, setErrors] = useState<{ title?: FieldError; caseDescription?: FieldError }>({});
  const [failure, setFailure] = useState<ErrorMessageKey | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmedTitle = title.trim();
    const trimmedCase = caseDescription.trim();
    const found: typeof errors = {};
    if (!trimmedTitle) found.title = 'start.titleRequired';
    else if (trimmedTitle.length > LIMITS.titleLength) found.title = 'start.titleTooLong';
    if (trimmedCase.length > LIMITS.caseDescriptionLength)
      found.caseDescription = 'start.caseDescriptionTooLong';
    setErrors(found);
    setFailure(null);
    if (found.title || found.caseDescription) {
      document.getElementById(found.title ? `${id}-title` : `${id}-case`)?.focus();
      return;
    }
    setBusy(true);
    try {
      onCreated(
        await createWorkshop({
          title: trimmedTitle,
          language,
          template,
          ...(trimmedCase ? { caseDescription: trimmedCase } : {}),
        }),
      );
    } catch (error) {
      setFailure(errorMessageKey(error));
      setBusy(false);
    }
  }

  const describedBy = (name: 'title' | 'case', error: boolean) =>
    [`${id}-${name}-hint`, error ? `${id}-${name}-error` : null].filter(Boolean).join(' ');

  return (
    <form className="stack" onSubmit={submit} noValidate aria-busy={busy}>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('start.title')}</label>
        <p id={`${id}-title-hint`} className="hint">
          {t('start.titleHint')}
        </p>
        <input
          id={`${id}-title`}
          value={title}
          required
          maxLength={LIMITS.titleLength}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={describedBy('title', Boolean(errors.title))}
          onChange={(event) => setTitle(event.target.value)}
        />
        {errors.title && (
          <p id={`${id}-title-error`} className="error" role="alert">
            {t(errors.title, { max: LIMITS.titleLength })}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-case`}>{t('start.caseDescription')}</label>
        <p id={`${id}-case-hint`} className="hint">
          {t('start.caseDescriptionHint')}
        </p>
        <textarea
          id={`${id}-case`}
          rows={4}
          value={caseDescription}
          maxLength={LIMITS.caseDescriptionLength}
          aria-invalid={errors.caseDescription ? true : undefined}
          aria-describedby={describedBy('case', Boolean(errors.caseDescription))}
          onChange={(event) => setCaseDescription(event.target.value)}
        />
        {errors.caseDescription && (
          <p id={`${id}-case-error`} className="error" role="alert">
            {t(errors.caseDescription, { max: LIMITS.caseDescriptionLength })}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-language`}>{t('start.language')}</label>
        <p id={`${id}-language-hint`} className="hint">
          {t('start.languageHint')}
        </p>
        <select
          id={`${id}-language`}
          value={language}
          aria-describedby={`${id}-language-hint`}
          onChange={(event) => {
            if (isLanguage(event.target.value)) setLanguage(event.target.value);
          }}
        >
          {LANGUAGES.map((option) => (
            <option key={option} value={option} lang={option}>
              {t(`language.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <TemplateChoice value={template} onChange={setTemplate} />
      {failure && (
        <p className="error" role="alert">
          {t(failure)}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('start.creating') : t('start.createSubmit')}
      </button>
    </form>
  );
}
