import { CLOSE_CODES } from '@moteplass/shared';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cleanup,
  createWorkshop,
  joinAsParticipant,
  openRawSocket,
  startServer,
  waitFor,
} from '../../test/helper.js';

afterEach(cleanup);

describe('WebSocket transport', () => {
  it('refuses per-message deflate: frames go out as they are, compressed by nobody', async () => {
    const server = await startServer();
    const workshop = await createWorkshop(server.url);
    const { token } = await joinAsParticipant(server.url, workshop);
    // The ws client offers permessage-deflate by default.
    const raw = await openRawSocket(server.wsUrl, workshop.id, 'board', token);
    expect(raw.socket.extensions).toBe('');
    await waitFor(() => raw.received.length > 0);
    expect(raw.received[0]![0]).toBe(0); // sync step 1, binary y-websocket
  });

  it('CROWD-2: a room takes ROOM_CAPACITY people per instance; the next is told "room is full"', async () => {
    const server = await startServer({ roomCapacity: 2 });
    const workshop = await createWorkshop(server.url);
    const sockets: Awaited<ReturnType<typeof openRawSocket>>[] = [];
    for (let i = 0; i < 3; i++) {
      const { token } = await joinAsParticipant(server.url, workshop);
      sockets.push(await openRawSocket(server.wsUrl, workshop.id, 'board', token));
    }
    expect(await sockets[2]!.closed).toEqual({
      code: CLOSE_CODES.RATE_LIMITED,
      reason: 'room is full',
    });
    // The first two stay: a full room refuses the newcomer, it does not drop anybody.
    await waitFor(() => sockets[1]!.received.length > 0);
    expect(sockets[0]!.socket.readyState).toBe(sockets[0]!.socket.OPEN);
  });
});
