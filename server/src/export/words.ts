import {
  CATALOGUES,
  type BoardItem,
  type Catalogue,
  type Language,
  type PhaseId,
  type Role,
} from '@moteplass/shared';

/**
 * The words and formats of the exports, in the workshop's language, from the
 * same catalogues the UI uses. Dates and times are shown in Norwegian time:
 * the meetups happen there, whatever the server's own clock zone is.
 */
export const EXPORT_TIME_ZONE = 'Europe/Oslo';

const LOCALES: Record<Language, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

export interface ExportWords {
  language: Language;
  catalogue: Catalogue;
  report: Catalogue['export']['report'];
  /** `{{name}}` placeholders filled in, as i18next would. */
  fill(template: string, values?: Record<string, string | number>): string;
  phase(id: PhaseId): string;
  role(role: Role): string;
  /** The kind's name ("Lapp"); a type no kind has reads "Ukjent element". */
  itemType(type: string): string;
  /** "Anonym", the author's role, "Uten rolle" for a facilitator; '' for the server's own items. */
  author(item: BoardItem): string;
  date(ms: number): string;
  time(ms: number): string;
  /** "22. november 2026 18:02–18:47"; an open period ends in "–". */
  period(startedAt: number, endedAt?: number): string;
  /** "12 min 05 s". */
  duration(ms: number): string;
  percent(share: number): string;
}

export function exportWords(language: Language): ExportWords {
  const catalogue = CATALOGUES[language];
  const locale = LOCALES[language];
  const dateFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeZone: EXPORT_TIME_ZONE,
  });
  const timeFormat = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: EXPORT_TIME_ZONE,
  });
  const percentFormat = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 0,
  });
  const date = (ms: number) => dateFormat.format(ms);
  const time = (ms: number) => timeFormat.format(ms);

  return {
    language,
    catalogue,
    report: catalogue.export.report,
    fill: (template, values = {}) =>
      template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) =>
        key in values ? String(values[key]) : whole,
      ),
    phase: (id) => catalogue.phases[id].title,
    role: (role) => catalogue.roles[role],
    itemType: (type) =>
      (catalogue.itemKinds.names as Record<string, string | undefined>)[type] ??
      catalogue.itemKinds.unknownKind,
    author: (item) => {
      if (item.anonymous === true) return catalogue.board.anonymous;
      if (item.authorRole) return catalogue.roles[item.authorRole];
      return item.author !== undefined ? catalogue.board.noRole : '';
    },
    date,
    time,
    period: (startedAt, endedAt) => {
      const start = `${date(startedAt)} ${time(startedAt)}`;
      if (endedAt === undefined) return `${start}–`;
      const sameDay = date(startedAt) === date(endedAt);
      return `${start}–${sameDay ? time(endedAt) : `${date(endedAt)} ${time(endedAt)}`}`;
    },
    duration: (ms) => {
      const seconds = Math.round(ms / 1000);
      return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
    },
    percent: (share) => percentFormat.format(share),
  };
}
