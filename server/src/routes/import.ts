import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ErrorReply,
  ImportQuery,
  ImportWorkshopReply,
  LIMITS,
  parseWorkshopExport,
  workshopLinks,
} from '@moteplass/shared';
import { Type } from '@sinclair/typebox';
import { AppError } from '../http/errors.js';
import { importWorkshop } from '../workshops/import.js';
import { baseUrl } from './workshops.js';

/**
 * `POST /api/workshops/import`: an `export.json` becomes a new workshop
 * (`?as=template`: its structure only). Anyone who may create a workshop may
 * import one, under the same rate limit; the body may be larger than others.
 */
export const importRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/workshops/import',
    {
      bodyLimit: LIMITS.importBodyBytes,
      schema: {
        querystring: ImportQuery,
        // The file is checked (and brought up to date) by parseWorkshopExport below.
        body: Type.Object({}, { additionalProperties: true }),
        response: { 201: ImportWorkshopReply, '4xx': ErrorReply },
      },
      config: { rateLimit: { max: LIMITS.workshopsPerMinute, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const parsed = parseWorkshopExport(request.body);
      if (!parsed.ok) throw new AppError('BAD_REQUEST', `Not a Møteplass export: ${parsed.error}`);
      const { workshop, facilitatorKey } = await importWorkshop(
        { workshops: app.workshops, rooms: app.rooms, storage: app.appOptions.storage },
        parsed.value,
        request.query.as ?? 'workshop',
      );
      const base = baseUrl(request);
      return reply.status(201).send({
        id: workshop.id,
        joinCode: workshop.joinCode,
        facilitatorKey,
        ...workshopLinks(base, workshop, facilitatorKey),
        skippedItems: parsed.skippedItems,
      });
    },
  );
};
