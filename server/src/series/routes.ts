import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorReply, SERIES_EXPORT_FORMATS, SeriesReply, literalUnion } from '@moteplass/shared';
import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { CSV_SEPARATORS, type CsvSeparator } from '../export/csv.js';
import { contentDisposition, downloadName } from '../export/filename.js';
import { AppError } from '../http/errors.js';
import { requirePeer } from '../plugins/auth.js';
import { WorkshopParams } from '../routes/params.js';
import { buildSeries, latestChain } from './series-reply.js';
import { toSeriesCsv } from './series-csv.js';
import { toSeriesPdf } from './series-pdf.js';

const CONTENT_TYPES = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  pdf: 'application/pdf',
} as const;

const SeriesExportQuery = Type.Object(
  {
    format: literalUnion(SERIES_EXPORT_FORMATS),
    separator: Type.Optional(literalUnion(Object.keys(CSV_SEPARATORS) as CsvSeparator[])),
  },
  { additionalProperties: false },
);

/** A series report draws every meetup; a script cannot ask for hundreds a minute. */
const SERIES_EXPORTS_PER_MINUTE = 30;

/** `GET /api/workshops/:id/series` and its report (facilitator of that meetup; SERIES-3, SERIES-5). */
export const seriesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { storage } = app.appOptions;

  app.get(
    '/api/workshops/:id/series',
    { schema: { params: WorkshopParams, response: { 200: SeriesReply, '4xx': ErrorReply } } },
    async (request) => {
      await requirePeer(request, request.params.id, 'facilitator');
      return buildSeries(storage, app.rooms, request.params.id);
    },
  );

  app.get(
    '/api/workshops/:id/series/export',
    {
      schema: {
        params: WorkshopParams,
        querystring: SeriesExportQuery,
        response: { '4xx': ErrorReply },
      },
      config: { rateLimit: { max: SERIES_EXPORTS_PER_MINUTE, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const { id } = request.params;
      await requirePeer(request, id, 'facilitator');
      const workshop = await storage.getWorkshop(id);
      if (!workshop) throw new AppError('WORKSHOP_NOT_FOUND', 'No such workshop');
      const series = await buildSeries(storage, app.rooms, id);
      const { format } = request.query;
      const now = Date.now();
      const body =
        format === 'json'
          ? `${JSON.stringify({ exportedAt: new Date(now).toISOString(), ...series }, null, 2)}\n`
          : format === 'csv'
            ? toSeriesCsv(series, workshop.language, request.query.separator)
            : await toSeriesPdf(series, {
                language: workshop.language,
                caseDescription: workshop.caseDescription,
                impactChain: await latestChain(app.rooms, series),
                exportedAt: now,
              });
      const title = series.meetups[0]?.title ?? workshop.title;
      const suffix = { nb: 'serie', nn: 'serie', en: 'series' }[workshop.language];
      const name = downloadName(title, suffix, now, format);
      return download(reply, CONTENT_TYPES[format], contentDisposition(name), body);
    },
  );
};

function download(reply: FastifyReply, type: string, disposition: string, body: string | Buffer) {
  return (
    reply
      .header('content-type', type)
      .header('content-disposition', disposition)
      // What people wrote stays out of shared caches and the browser's disk cache.
      .header('cache-control', 'no-store')
      .header('x-content-type-options', 'nosniff')
      .send(body)
  );
}
