/**
 * Does this session token still hold? A browser cannot see why a WebSocket
 * upgrade failed (HTTP 401 and a dead network both look like close code 1006),
 * so after repeated failures the connection asks over HTTP.
 *
 * Stopgap until the server has a "who am I" endpoint: the actions endpoint
 * checks the token before the action, so an action type that does not exist
 * answers 401 for a bad token and 400 (UNKNOWN_ACTION) for a good one, and
 * changes nothing either way.
 *
 * Returns true (valid), false (refused: 401) or null (could not tell: offline, 404, 5xx).
 */
export async function checkSession(workshopId: string, token: string): Promise<boolean | null> {
  try {
    const response = await fetch(`/api/workshops/${encodeURIComponent(workshopId)}/actions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'checkSession' }),
    });
    if (response.status === 401) return false;
    return response.status < 500 && response.status !== 404 ? true : null;
  } catch {
    return null;
  }
}
