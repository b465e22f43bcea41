import type { Language } from '@moteplass/shared';
import { useEffect } from 'react';
import { useLanguageStore } from './language-store';

/** While a workshop page is open, its language is the default (a person's own choice still wins). */
export function useWorkshopLanguage(language: Language | undefined): void {
  const setWorkshopLanguage = useLanguageStore((state) => state.setWorkshopLanguage);
  useEffect(() => {
    if (!language) return;
    setWorkshopLanguage(language);
    return () => setWorkshopLanguage(null);
  }, [language, setWorkshopLanguage]);
}
