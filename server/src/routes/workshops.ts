import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateWorkshopBody,
  CreateWorkshopReply,
  ErrorReply,
  LIMITS,
  WorkshopSummary,
} from '@moteplass/shared';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { requirePeer } from '../plugins/auth.js';
import { continueSeries } from '../series/index.js';
import { WorkshopParams } from './params.js';

/** Base of the links we hand out: PUBLIC_URL, or what the request was addressed to. */
export function baseUrl(request: FastifyRequest): string {
  const configured = request.server.appOptions.publicUrl;
  return (configured ?? `${request.protocol}://${request.host}`).replace(/\/+$/, '');
}

export const workshopRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/workshops',
    {
      schema: {
        body: CreateWorkshopBody,
        response: { 201: CreateWorkshopReply, '4xx': ErrorReply },
      },
      config: { rateLimit: { max: LIMITS.workshopsPerMinute, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const body = request.body;
      // The next meetup of a series continues the earlier one's case (docs/series.md).
      const { workshop, facilitatorKey } = body.seriesOf
        ? await continueSeries(
            { workshops: app.workshops, rooms: app.rooms, storage: app.appOptions.storage },
            { ...body, seriesOf: body.seriesOf },
          )
        : await app.workshops.create(body);
      const base = baseUrl(request);
      return reply.status(201).send({
        id: workshop.id,
        joinCode: workshop.joinCode,
        facilitatorKey,
        participantUrl: `${base}/w/${workshop.id}/join?code=${workshop.joinCode}`,
        // In the fragment, the key never reaches a server log or a Referer header.
        facilitatorUrl: `${base}/w/${workshop.id}/facilitator#key=${facilitatorKey}`,
      });
    },
  );

  app.get(
    '/api/workshops/:id',
    { schema: { params: WorkshopParams, response: { 200: WorkshopSummary, '4xx': ErrorReply } } },
    async (request) => app.workshops.summary(request.params.id),
  );

  app.get(
    '/api/join/:code',
    {
      schema: {
        params: Type.Object({ code: Type.String({ minLength: 1, maxLength: 32 }) }),
        response: { 200: WorkshopSummary, '4xx': ErrorReply },
      },
    },
    // Looking codes up is limited per address (JOIN-1): it would otherwise scan for any workshop.
    async (request) =>
      app.joinAttempts.lookup(request.ip, () => app.workshops.findByJoinCode(request.params.code)),
  );

  app.delete(
    '/api/workshops/:id',
    { schema: { params: WorkshopParams, response: { 204: Type.Null(), '4xx': ErrorReply } } },
    async (request, reply) => {
      await requirePeer(request, request.params.id, 'facilitator');
      await app.workshops.delete(request.params.id);
      return reply.status(204).send(null);
    },
  );
};
