import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorReply, SessionInfo } from '@moteplass/shared';
import { requirePeer } from '../plugins/auth.js';
import { WorkshopParams } from './params.js';

/**
 * "Who am I": lets a client check a remembered session. A browser cannot see
 * why a WebSocket upgrade failed (401 and a dead network both close with 1006).
 */
export const meRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/workshops/:id/session',
    { schema: { params: WorkshopParams, response: { 200: SessionInfo, '4xx': ErrorReply } } },
    async (request) => {
      const peer = await requirePeer(request, request.params.id);
      return { participantId: peer.participantId, facilitator: peer.facilitator, role: peer.role };
    },
  );
};
