import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requirePeer } from '../plugins/auth.js';
import { BoardPictures } from '../rooms/board-picture.js';
import { WorkshopParams } from './params.js';

/**
 * The board's picture (JOIN-7): boxes and colours, no words, for a joiner to
 * paint before the document has arrived. The same access as the board's
 * socket (a valid session token of this workshop, `workshops.authenticate`),
 * sent gzipped where the browser takes it, so it inflates natively.
 */
export const boardPictureRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const pictures = new BoardPictures();
  app.get(
    '/api/workshops/:id/board/picture',
    // No response schema: the body is prepared JSON (errors leave through plugins/errors.ts).
    { schema: { params: WorkshopParams } },
    async (request, reply) => {
      const peer = await requirePeer(request, request.params.id);
      const room = await app.rooms.get(peer.workshopId, 'board');
      const picture = await pictures.of(room);
      const gzipOk = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      reply
        .header('content-type', 'application/json; charset=utf-8')
        // Another version of the board is another picture; and it is the workshop's, not public.
        .header('cache-control', 'no-store')
        .header('vary', 'accept-encoding');
      if (gzipOk) reply.header('content-encoding', 'gzip');
      return reply.send(gzipOk ? picture.gzipped : picture.json);
    },
  );
};
