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
});
