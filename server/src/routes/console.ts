import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorReply, InvitationReply, ParticipantListReply, pagePaths } from '@moteplass/shared';
import { requirePeer } from '../plugins/auth.js';
import { WorkshopParams } from './params.js';
import { baseUrl } from './workshops.js';

/** What the facilitator's console and the shared screen read over HTTP (facilitator token). */
export const consoleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/workshops/:id/participants',
    {
      schema: {
        params: WorkshopParams,
        response: { 200: ParticipantListReply, '4xx': ErrorReply },
      },
    },
    async (request, reply) => {
      await requirePeer(request, request.params.id, 'facilitator');
      // Names of people: never cached by a browser or a proxy.
      reply.header('cache-control', 'no-store');
      return app.workshops.participants(request.params.id);
    },
  );

  app.get(
    '/api/workshops/:id/invitation',
    { schema: { params: WorkshopParams, response: { 200: InvitationReply, '4xx': ErrorReply } } },
    async (request, reply) => {
      await requirePeer(request, request.params.id, 'facilitator');
      const joinCode = await app.workshops.joinCode(request.params.id);
      const base = baseUrl(request);
      reply.header('cache-control', 'no-store');
      return {
        joinCode,
        participantUrl: `${base}${pagePaths.join(request.params.id, joinCode)}`,
        joinUrl: `${base}${pagePaths.joinByCode()}`,
      };
    },
  );
};
