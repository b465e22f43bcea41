import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CaseFileSummaryBody,
  ErrorReply,
  PhaseSchema,
  kindHas,
  literalUnion,
  plainTextOf,
} from '@moteplass/shared';
import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import type { BoardArea } from '../export/board-area.js';
import { CSV_SEPARATORS, toCsv, type CsvSeparator } from '../export/csv.js';
import { contentDisposition, downloadName } from '../export/filename.js';
import { toExportJson } from '../export/json.js';
import { loadSnapshot } from '../export/load.js';
import { toMarkdown } from '../export/markdown.js';
import { toPdf } from '../export/pdf/index.js';
import type { WorkshopSnapshot } from '../export/snapshot.js';
import { toSvg } from '../export/svg.js';
import { exportWords } from '../export/words.js';
import { AppError } from '../http/errors.js';
import { requirePeer } from '../plugins/auth.js';
import { WorkshopParams } from './params.js';

/**
 * The case-file exports and the facilitator's summary for them (EXPORT-1:
 * facilitator only). Downloads are fetched with the token in the
 * Authorization header, never in the URL, where logs and history keep it.
 */
const EXPORT_FORMATS = ['json', 'md', 'csv', 'svg', 'pdf'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  svg: 'image/svg+xml; charset=utf-8',
  pdf: 'application/pdf',
};

const ExportQuery = Type.Object(
  {
    /** Names next to attributed items; never next to anonymous ones. */
    includeNames: Type.Optional(literalUnion(['true', 'false'] as const)),
    /** CSV only: the field separator (default by language). */
    separator: Type.Optional(literalUnion(Object.keys(CSV_SEPARATORS) as CsvSeparator[])),
    /** SVG only: one phase's area, or one frame, instead of the whole board. */
    phase: Type.Optional(PhaseSchema),
    frame: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  },
  { additionalProperties: false },
);

/** Generating a PDF takes a moment of the server's time; a script cannot ask for hundreds. */
const EXPORTS_PER_MINUTE = 30;

export const exportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { storage } = app.appOptions;

  for (const format of EXPORT_FORMATS) {
    app.get(
      `/api/workshops/:id/export.${format}`,
      {
        schema: {
          params: WorkshopParams,
          querystring: ExportQuery,
          response: { '4xx': ErrorReply },
        },
        config: { rateLimit: { max: EXPORTS_PER_MINUTE, timeWindow: 60_000 } },
      },
      async (request, reply) => {
        const { id } = request.params;
        await requirePeer(request, id, 'facilitator');
        const query = request.query;
        const snapshot = await loadSnapshot(storage, app.rooms, id, {
          includeNames: query.includeNames === 'true',
        });
        const area: BoardArea = query.frame
          ? { kind: 'frame', frameId: query.frame }
          : query.phase
            ? { kind: 'phase', phase: query.phase }
            : { kind: 'board' };
        const body = await render(format, snapshot, area, query.separator);
        const suffix = format === 'svg' ? areaSuffix(snapshot, area) : '';
        return send(reply, format, snapshot, suffix, body);
      },
    );
  }

  app.get(
    '/api/workshops/:id/summary',
    {
      schema: {
        params: WorkshopParams,
        response: { 200: CaseFileSummaryBody, '4xx': ErrorReply },
      },
    },
    async (request) => {
      await requirePeer(request, request.params.id, 'facilitator');
      return { summary: await storage.getCaseFileSummary(request.params.id) };
    },
  );

  app.put(
    '/api/workshops/:id/summary',
    {
      schema: {
        params: WorkshopParams,
        body: CaseFileSummaryBody,
        response: { 200: CaseFileSummaryBody, '4xx': ErrorReply },
      },
    },
    async (request) => {
      await requirePeer(request, request.params.id, 'facilitator');
      const summary = request.body.summary.trim();
      await storage.setCaseFileSummary(request.params.id, summary);
      return { summary };
    },
  );
};

async function render(
  format: ExportFormat,
  snapshot: WorkshopSnapshot,
  area: BoardArea,
  separator: CsvSeparator | undefined,
): Promise<string | Buffer> {
  switch (format) {
    case 'json':
      return `${JSON.stringify(toExportJson(snapshot), null, 2)}\n`;
    case 'md':
      return toMarkdown(snapshot);
    case 'csv':
      return toCsv(snapshot, separator);
    case 'svg': {
      const svg = toSvg(snapshot, area);
      if (svg === null) throw new AppError('NOT_FOUND', 'No such frame on the board');
      return svg;
    }
    case 'pdf':
      return toPdf(snapshot);
  }
}

/** "Utforske" in a file name drawn for one phase or frame. */
function areaSuffix(snapshot: WorkshopSnapshot, area: BoardArea): string {
  const words = exportWords(snapshot.workshop.language);
  if (area.kind === 'phase') return words.phase(area.phase);
  if (area.kind === 'frame') {
    const frame = snapshot.items.find((entry) => entry.id === area.frameId)?.item;
    return frame && kindHas(frame.type, 'container') ? plainTextOf(frame) : '';
  }
  return '';
}

function send(
  reply: FastifyReply,
  format: ExportFormat,
  snapshot: WorkshopSnapshot,
  suffix: string,
  body: string | Buffer,
) {
  const name = downloadName(snapshot.workshop.title, suffix, snapshot.exportedAt, format);
  return (
    reply
      .header('content-type', CONTENT_TYPES[format])
      .header('content-disposition', contentDisposition(name))
      // What people wrote stays out of shared caches and the browser's disk cache.
      .header('cache-control', 'no-store')
      .header('x-content-type-options', 'nosniff')
      .send(body)
  );
}
