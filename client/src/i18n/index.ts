import { effectiveLanguage, useLanguageStore } from './language-store';
import { createI18n } from './setup';

export { LanguageSwitcher } from './LanguageSwitcher';
export { useLanguageStore, effectiveLanguage } from './language-store';
export { useWorkshopLanguage } from './use-workshop-language';
export { createI18n } from './setup';

/** The app's i18next instance. `<html lang>` and i18next follow the language store. */
export const i18n = createI18n(effectiveLanguage(useLanguageStore.getState()));

function applyLanguage(): void {
  const language = effectiveLanguage(useLanguageStore.getState());
  if (i18n.language !== language) void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

applyLanguage();
useLanguageStore.subscribe(applyLanguage);
