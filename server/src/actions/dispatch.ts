import { ActionSchemas, isActionType, type Action } from '@moteplass/shared';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { AppError } from '../http/errors.js';
import type { ActionContext, AnyActionHandler } from './types.js';

/** Validate, authorise and run one action. Throws `AppError` with a contract code. */
export type Dispatch = (context: ActionContext, body: unknown) => Promise<Record<string, unknown>>;

/**
 * The dispatcher over a list of handlers. It takes the list as an argument
 * (actions/index.ts assembles it) so that no handler module is imported here.
 */
export function createDispatcher(list: readonly AnyActionHandler[]): Dispatch {
  const handlers = new Map<string, AnyActionHandler>(
    list.map((handler) => [handler.type, handler]),
  );
  const validators = new Map(
    list.map((handler) => [handler.type, TypeCompiler.Compile(ActionSchemas[handler.type])]),
  );
  return async (context, body) => {
    const type = (body as { type?: unknown } | null)?.type;
    const handler = isActionType(type) ? handlers.get(type) : undefined;
    const validator = handler && validators.get(handler.type);
    if (!handler || !validator) {
      throw new AppError('UNKNOWN_ACTION', `Unknown action type ${JSON.stringify(type ?? null)}`);
    }
    if (!validator.Check(body)) {
      const first = validator.Errors(body).First();
      throw new AppError(
        'BAD_REQUEST',
        `Invalid ${handler.type}: ${first ? `${first.path || '/'} ${first.message}` : 'bad body'}`,
      );
    }
    if (handler.allowed === 'facilitator' && !context.peer.facilitator) {
      throw new AppError('FORBIDDEN', `Only the facilitator may ${handler.type}`);
    }
    // The body passed this handler's own schema just above, so it is its action.
    const result = await handler.run(context, body as Action);
    return { ok: true, ...(result ?? {}) };
  };
}
