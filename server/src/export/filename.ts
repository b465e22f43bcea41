import { EXPORT_TIME_ZONE } from './words.js';

/**
 * `Content-Disposition` for a download named after the workshop: an ASCII
 * `filename` every browser and archive system takes, and the real title in
 * `filename*` (RFC 6266 / RFC 5987) for those that read it.
 */
const ASCII_LETTERS: Record<string, string> = {
  æ: 'ae',
  Æ: 'Ae',
  ø: 'o',
  Ø: 'O',
  å: 'a',
  Å: 'A',
  ß: 'ss',
};

export function asciiSlug(title: string): string {
  const slug = title
    .replace(/[æÆøØåÅß]/g, (char) => ASCII_LETTERS[char] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'moteplass';
}

/** "2025-03-18", the date in Norwegian time. */
export function isoDate(ms: number): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: EXPORT_TIME_ZONE }).format(ms);
}

export function downloadName(title: string, suffix: string, exportedAt: number, ext: string) {
  const date = isoDate(exportedAt);
  const readable = `${title.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').trim() || 'Møteplass'}${suffix ? ` – ${suffix}` : ''} ${date}.${ext}`;
  const ascii = `${asciiSlug(title)}${suffix ? `-${asciiSlug(suffix)}` : ''}-${date}.${ext}`;
  return { ascii, readable };
}

export function contentDisposition(name: { ascii: string; readable: string }): string {
  const encoded = encodeURIComponent(name.readable).replace(
    /['()*!]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${name.ascii}"; filename*=UTF-8''${encoded}`;
}
