/**
 * Module resolve hooks (node:module register) for reference-server.ts:
 * bare imports made by @y/websocket-server are resolved as if made from
 * bench/, so it runs on yjs 13, y-protocols 1.0 and lib0 0.2, the versions
 * our server and the load generator use. See reference-server.ts for why.
 */

interface ResolveContext {
  parentURL?: string;
  conditions: string[];
  importAttributes: Record<string, string>;
}
type NextResolve = (specifier: string, context: ResolveContext) => Promise<unknown>;

let resolveFrom = '';

export function initialize(data: { resolveFrom: string }): void {
  resolveFrom = data.resolveFrom;
}

const RENAMED: Record<string, string> = {
  '@y/y': 'yjs',
  '@y/protocols/sync': 'y-protocols/sync',
  '@y/protocols/awareness': 'y-protocols/awareness',
  '@y/protocols/auth': 'y-protocols/auth',
};

export async function resolve(
  specifier: string,
  context: ResolveContext,
  nextResolve: NextResolve,
): Promise<unknown> {
  const fromReference = context.parentURL?.includes('/@y/websocket-server/') ?? false;
  const bare =
    !specifier.startsWith('.') && !specifier.startsWith('node:') && !specifier.includes(':');
  if (fromReference && bare && !/^(http|https|net|tls|url|events|stream)$/.test(specifier)) {
    return nextResolve(RENAMED[specifier] ?? specifier, { ...context, parentURL: resolveFrom });
  }
  return nextResolve(specifier, context);
}
