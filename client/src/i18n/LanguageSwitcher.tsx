import { isLanguage, LANGUAGES } from '@moteplass/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { effectiveLanguage, useLanguageStore } from './language-store';

/** The language menu in the header. Each option is named in its own language. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const id = useId();
  const language = useLanguageStore(effectiveLanguage);
  const choose = useLanguageStore((state) => state.choose);

  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('language.choose')}</label>
      <select
        id={id}
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) choose(event.target.value);
        }}
      >
        {LANGUAGES.map((option) => (
          <option key={option} value={option} lang={option}>
            {t(`language.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
