/**
 * Rooms and people on our server through its public API: one workshop per
 * room, one participant session per client (ours and its PostgreSQL and
 * two-instance variants, see servers.ts).
 */

/** Where one client connects: the socket URL and, for Hocuspocus, the document it opens. */
export interface ClientTarget {
  url: string;
  documentName?: string;
}

interface CreatedWorkshop {
  id: string;
  joinCode: string;
}

/**
 * One workshop per room and one participant session per client, through the
 * public API of the first port; the clients of a room are spread over
 * `ports` in turn (several instances of one deployment serve the same room).
 */
export async function provisionWorkshops(
  ports: number[],
  rooms: number,
  perRoom: number,
): Promise<ClientTarget[][]> {
  const base = `http://127.0.0.1:${ports[0]!}`;
  return mapLimited(rooms, 4, async (room) => {
    // Each room's facilitator and participants come from their own address (the
    // server trusts X-Forwarded-For here), as in real workshops: the per-address
    // limits (30 workshops and 3,000 requests a minute) stay in force per "site".
    const from = `10.77.${Math.floor(room / 250)}.${(room % 250) + 1}`;
    const workshop = await postJson<CreatedWorkshop>(
      `${base}/api/workshops`,
      { title: `Benchmark room ${room + 1}` },
      from,
    );
    const tokens = await mapLimited(perRoom, 4, async () => {
      const session = await postJson<{ token: string }>(
        `${base}/api/workshops/${workshop.id}/sessions`,
        { joinCode: workshop.joinCode, role: 'innbygger' },
        from,
      );
      return session.token;
    });
    return tokens.map((token, index) => ({
      url: `ws://127.0.0.1:${ports[index % ports.length]!}/ws/workshops/${workshop.id}/board?token=${encodeURIComponent(token)}`,
    }));
  });
}

/** POST JSON; on 429 waits as long as the server asks (bounded) and tries again. */
async function postJson<T>(url: string, body: unknown, forwardedFor: string): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    if (response.status === 429 && attempt < 3) {
      const waitS = Math.min(65, Number(response.headers.get('retry-after')) || 10);
      console.log(`  (rate-limited by the server; waiting ${waitS} s)`);
      await new Promise((done) => setTimeout(done, waitS * 1000));
      continue;
    }
    if (!response.ok) {
      throw new Error(
        `POST ${new URL(url).pathname} → ${response.status} ${await response.text()}`,
      );
    }
    return (await response.json()) as T;
  }
}

/** Run `count` tasks with at most `limit` in flight; results in order. */
export async function mapLimited<T>(
  count: number,
  limit: number,
  task: (index: number) => Promise<T>,
): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
  return results;
}
