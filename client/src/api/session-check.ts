/**
 * Does this session token still hold? A browser cannot see why a WebSocket
 * upgrade failed (HTTP 401 and a dead network both look like close code 1006),
 * so after repeated failures the connection asks `GET …/session` over HTTP.
 *
 * Returns true (valid), false (refused: 401) or null (could not tell: offline, 404, 5xx).
 */
export async function checkSession(workshopId: string, token: string): Promise<boolean | null> {
  try {
    const response = await fetch(`/api/workshops/${encodeURIComponent(workshopId)}/session`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (response.status === 401) return false;
    return response.status < 500 && response.status !== 404 ? true : null;
  } catch {
    return null;
  }
}
