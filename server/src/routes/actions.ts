import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ActionSchemas, ErrorReply } from '@moteplass/shared';
import { Type } from '@sinclair/typebox';
import { dispatchAction } from '../actions/index.js';
import { requirePeer } from '../plugins/auth.js';
import { WorkshopParams } from './params.js';

/** Workshop actions: the server checks who may do what, then changes the documents. */
export const actionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/workshops/:id/actions',
    {
      schema: {
        params: WorkshopParams,
        // Each action's own schema is checked by the dispatcher (UNKNOWN_ACTION, BAD_REQUEST).
        body: Type.Object({
          type: Type.String({
            maxLength: 64,
            description: `One of ${Object.keys(ActionSchemas).join(', ')}; the other fields are the action's own (shared/src/actions.ts).`,
          }),
        }),
        response: {
          200: Type.Object({ ok: Type.Boolean() }, { additionalProperties: true }),
          '4xx': ErrorReply,
        },
      },
    },
    async (request) => {
      const peer = await requirePeer(request, request.params.id);
      const result = await dispatchAction(
        {
          peer,
          rooms: app.rooms,
          workshops: app.workshops,
          storage: app.appOptions.storage,
          now: Date.now(),
        },
        request.body,
      );
      return { ok: true, ...result };
    },
  );
};
