import { isLanguage, type Language } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';

const LOCALES: Record<Language, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** Clock times and dates in the language on screen (18:02; 1. mars 2026). */
export function useFormatters() {
  const { i18n } = useTranslation();
  const locale = isLanguage(i18n.language) ? LOCALES[i18n.language] : LOCALES.nb;
  return {
    time: (ms: number) =>
      new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(ms),
    /** A `YYYY-MM-DD` date as written in that language; anything else as it is. */
    date: (isoDate: string) => {
      const parsed = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
      if (!parsed) return isoDate;
      const date = new Date(Date.UTC(Number(parsed[1]), Number(parsed[2]) - 1, Number(parsed[3])));
      return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
    },
  };
}
