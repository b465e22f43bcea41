import { isRecord, request, requestJson, workshopPath } from '../api';

/**
 * The export endpoints. The facilitator's token goes in the Authorization
 * header, never in a URL (it would end up in logs and the browser history),
 * so a download is fetched here and handed to the browser as a file.
 */
export const EXPORT_FORMATS = ['pdf', 'csv', 'md', 'json', 'svg', 'png'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  includeNames: boolean;
  /** SVG and PNG: one phase's area instead of the whole board. */
  phase?: string;
}

export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

/** The name the server gave the file: `filename*` (UTF-8) first, then `filename`. */
export function filenameFrom(disposition: string | null, fallback: string): string {
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended);
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? fallback;
}

/** Fetch one server-made export (everything but PNG, which is drawn here from the SVG). */
export async function fetchExport(
  workshopId: string,
  token: string,
  format: Exclude<ExportFormat, 'png'>,
  options: ExportOptions,
): Promise<DownloadedFile> {
  const query = new URLSearchParams();
  if (options.includeNames) query.set('includeNames', 'true');
  if (format === 'svg' && options.phase) query.set('phase', options.phase);
  const search = query.toString() ? `?${query}` : '';
  const response = await request(`${workshopPath(workshopId)}/export.${format}${search}`, {
    token,
  });
  const filename = filenameFrom(response.headers.get('content-disposition'), `moteplass.${format}`);
  return { blob: await response.blob(), filename };
}

export async function fetchSummary(workshopId: string, token: string): Promise<string> {
  const body = await requestJson(`${workshopPath(workshopId)}/summary`, isRecord, { token });
  return typeof body.summary === 'string' ? body.summary : '';
}

export async function saveSummary(
  workshopId: string,
  token: string,
  summary: string,
): Promise<string> {
  const body = await requestJson(`${workshopPath(workshopId)}/summary`, isRecord, {
    method: 'PUT',
    body: { summary },
    token,
  });
  return typeof body.summary === 'string' ? body.summary : summary;
}

/** Hand a file to the browser's downloads. */
export function saveFile({ blob, filename }: DownloadedFile): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(link.href), 30_000);
}

/** Delete the workshop for good (PRIV-1). */
export async function deleteWorkshop(workshopId: string, token: string): Promise<void> {
  await request(workshopPath(workshopId), { method: 'DELETE', token });
}
