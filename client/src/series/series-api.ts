import type { CreateWorkshopReply, SeriesExportFormat, SeriesReply } from '@moteplass/shared';
import {
  createFacilitatorSession,
  createWorkshop,
  isRecord,
  request,
  requestJson,
  workshopPath,
} from '../api';
import { filenameFrom } from '../export';

/** Enough of the reply's shape to draw it; the server's schema (shared/src/series.ts) says the rest. */
const isSeriesReply = (value: unknown): value is SeriesReply =>
  isRecord(value) &&
  typeof value.seriesId === 'string' &&
  Array.isArray(value.meetups) &&
  Array.isArray(value.indicators) &&
  Array.isArray(value.actions);

/** `GET /api/workshops/:id/series` (facilitator). */
export function fetchSeries(workshopId: string, token: string, signal?: AbortSignal) {
  return requestJson(`${workshopPath(workshopId)}/series`, isSeriesReply, { token, signal });
}

/**
 * The next meetup in the series of `earlierId`: created with the earlier
 * meetup's facilitator key as `seriesKey`, then entered with its own key, so
 * its console opens without another step.
 */
export async function startNextMeetup(
  earlierId: string,
  seriesKey: string,
  title: string,
): Promise<{ created: CreateWorkshopReply; token: string; participantId: string }> {
  const created = await createWorkshop({ title, seriesOf: earlierId, seriesKey });
  const session = await createFacilitatorSession(created.id, {
    facilitatorKey: created.facilitatorKey,
  });
  return { created, token: session.token, participantId: session.participantId };
}

/** The series report as a file (the token goes in the header, never the URL). */
export async function fetchSeriesReport(
  workshopId: string,
  token: string,
  format: SeriesExportFormat,
): Promise<{ blob: Blob; filename: string }> {
  const response = await request(`${workshopPath(workshopId)}/series/export?format=${format}`, {
    token,
  });
  const filename = filenameFrom(
    response.headers.get('content-disposition'),
    `moteplass-serie.${format}`,
  );
  return { blob: await response.blob(), filename };
}
