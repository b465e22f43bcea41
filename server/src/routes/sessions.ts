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
      const { id } = request.params;
      const { body } = request;
      const join = () => app.workshops.join(id, body);
      // Wrong join codes are limited (JOIN-1); the facilitator key is 192 random bits.
      const session =
        'joinCode' in body ? await app.joinAttempts.join(request.ip, id, join) : await join();
      return reply.status(201).send(session);
    },
  );
};
