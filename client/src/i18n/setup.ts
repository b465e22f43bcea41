import { CATALOGUES, DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@moteplass/shared';
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

/**
 * One i18next instance over the shared catalogues. The resources are inline,
 * so `init` and `changeLanguage` finish synchronously (no flash of nb text).
 */
export function createI18n(language: Language = DEFAULT_LANGUAGE): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: {
      nb: { translation: CATALOGUES.nb },
      nn: { translation: CATALOGUES.nn },
      en: { translation: CATALOGUES.en },
    },
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  });
  return instance;
}
