import type { Language, SeriesReply } from '@moteplass/shared';

export interface SeriesPdfOptions {
  language: Language;
  caseDescription: string;
  exportedAt: number;
}

export async function toSeriesPdf(
  _series: SeriesReply,
  _options: SeriesPdfOptions,
): Promise<Buffer> {
  throw new Error('not yet');
}
