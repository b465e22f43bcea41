import { ApiError } from './api-error';

/** A check that the server's answer has the shape we rely on. */
export type ReplyCheck<T> = (value: unknown) => value is T;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Session token, sent as a bearer token (never in the URL: it would be logged). */
  token?: string;
  signal?: AbortSignal;
}

/**
 * One call to the API. Resolves with the response when it is 2xx; every
 * failure becomes an ApiError with the server's code (or NETWORK / HTTP_nnn).
 * The one place that turns fetch outcomes into errors.
 */
export async function request(path: string, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK', String(cause));
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
    throw new ApiError(
      response.status,
      typeof error?.code === 'string' ? error.code : `HTTP_${response.status}`,
      typeof error?.message === 'string' ? error.message : response.statusText,
    );
  }
  return response;
}

/** A JSON call whose reply must pass `check`. */
export async function requestJson<T>(
  path: string,
  check: ReplyCheck<T>,
  options: RequestOptions = {},
): Promise<T> {
  const response = await request(path, options);
  const body: unknown = await response.json().catch(() => undefined);
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

export const workshopPath = (workshopId: string) =>
  `/api/workshops/${encodeURIComponent(workshopId)}`;
