import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CreateSessionBody, ErrorReply, SessionReply } from '@moteplass/shared';
import { WorkshopParams } from './params.js';

/** Joining a workshop: by join code (participant) or facilitator key. No accounts. */
export const sessionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/workshops/:id/sessions',
    {
      schema: {
        params: WorkshopParams,
        body: CreateSessionBody,
        response: { 201: SessionReply, '4xx': ErrorReply },
      },
    },
    async (request, reply) => {
      const session = await app.workshops.join(request.params.id, request.body);
      return reply.status(201).send(session);
    },
  );
};
