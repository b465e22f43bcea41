import { ApiError } from './api-error';

/** A check that the server's answer has the shape we rely on. */
export type ReplyCheck<T> = (value: unknown) => value is T;

/** JSON over fetch; every failure becomes an ApiError with a code. */
export async function requestJson<T>(
  path: string,
  check: ReplyCheck<T>,
  init: { method?: 'GET' | 'POST'; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      headers:
        init.body === undefined
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK', String(cause));
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
    throw new ApiError(
      response.status,
      typeof error?.code === 'string' ? error.code : 'HTTP_' + response.status,
      typeof error?.message === 'string' ? error.message : response.statusText,
    );
  }
  if (!check(body))
    throw new ApiError(response.status, 'BAD_REPLY', `Unexpected reply from ${path}`);
  return body;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function hasStrings<K extends string>(
  value: unknown,
  keys: readonly K[],
): value is Record<K, string> {
  return isRecord(value) && keys.every((key) => typeof value[key] === 'string');
}
