/**
 * Does this session token still hold? A browser cannot see why a WebSocket
 * upgrade failed (HTTP 401 and a dead network both look like close code 1006),
 * so after repeated failures the connection asks `GET …/session` over HTTP.
 *
 * Returns true (valid), false (refused: 401), 'gone' (the workshop was
 * deleted: a board that connects only after the deletion must say so, not ask
 * its person to join again) or null (could not tell: offline, 5xx).
 */
export type SessionCheck = boolean | 'gone' | null;

export async function checkSession(workshopId: string, token: string): Promise<SessionCheck> {
  const workshop = `/api/workshops/${encodeURIComponent(workshopId)}`;
  try {
    const response = await fetch(`${workshop}/session`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (response.status === 401 || response.status === 404) {
      // A deleted workshop's tokens are refused too: tell the two apart.
      const summary = await fetch(workshop);
      if (summary.status === 404) return 'gone';
      return response.status === 401 ? false : null;
    }
    return response.status < 500 ? true : null;
  } catch {
    return null;
  }
}
