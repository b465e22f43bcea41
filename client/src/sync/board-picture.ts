import type { BoardPicture } from '@moteplass/shared';

/** Loosely checked: a picture is drawn, never trusted for anything else. */
function isPicture(value: unknown): value is BoardPicture {
  const p = value as Partial<BoardPicture> | null;
  return (
    typeof p === 'object' &&
    p !== null &&
    p.v === 1 &&
    Array.isArray(p.frames) &&
    Array.isArray(p.layers) &&
    typeof p.notes === 'number'
  );
}

/**
 * The board's picture (JOIN-7, server `GET /api/workshops/:id/board/picture`),
 * asked for as the connection opens, beside the board's socket, so a joiner
 * can paint the board before the document has arrived and been integrated.
 * Null when there is none to be had (offline, refused, not a browser): the
 * live canvas is then the first paint, as before.
 */
export async function fetchBoardPicture(
  httpBase: string,
  workshopId: string,
  token: string,
): Promise<BoardPicture | null> {
  if (typeof fetch !== 'function') return null;
  try {
    const response = await fetch(
      `${httpBase}/api/workshops/${encodeURIComponent(workshopId)}/board/picture`,
      { headers: { authorization: `Bearer ${token}` }, cache: 'no-store' },
    );
    if (!response.ok) return null;
    const body: unknown = await response.json();
    return isPicture(body) ? body : null;
  } catch {
    return null;
  }
}
