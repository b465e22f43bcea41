import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorReply, MyDraftsReply, MyVotesReply } from '@moteplass/shared';
import { Type } from '@sinclair/typebox';
import { requirePeer } from '../plugins/auth.js';
import { myVotes } from './dots.js';

const Params = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

/**
 * What only the caller may see: their own drafts (DRAFT-1) and their own dots
 * (VOTE-2). The answer depends on the token alone; there is no parameter to
 * ask for somebody else's, and it is never cached.
 */
export const equalityRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/workshops/:id/drafts',
    { schema: { params: Params, response: { 200: MyDraftsReply, '4xx': ErrorReply } } },
    async (request, reply) => {
      const peer = await requirePeer(request, request.params.id);
      const storage = app.appOptions.storage;
      const round = await storage.equality.getOpenSilentRound(peer.workshopId);
      const drafts = await storage.equality.listDrafts(peer.workshopId, peer.participantId);
      reply.header('cache-control', 'no-store');
      return {
        roundId: round?.id ?? null,
        drafts: drafts.map(({ id, text, phase, updatedAt }) => ({
          draftId: id,
          text,
          phase,
          updatedAt,
        })),
      };
    },
  );

  app.get(
    '/api/workshops/:id/votes/mine',
    { schema: { params: Params, response: { 200: MyVotesReply, '4xx': ErrorReply } } },
    async (request, reply) => {
      const peer = await requirePeer(request, request.params.id);
      const storage = app.appOptions.storage;
      const vote = await storage.equality.getOpenVote(peer.workshopId);
      reply.header('cache-control', 'no-store');
      if (!vote) return { voteId: null, dots: [], remaining: 0 };
      return myVotes(
        vote,
        await storage.equality.listDots(peer.workshopId, vote.id, peer.participantId),
      );
    },
  );
};
