import { SYNC_V2_GZIP_MESSAGE, SYNC_V2_MESSAGE, SYNC_V2_PARTS_MESSAGE } from '@moteplass/shared';
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

/** Sync step 1 with an empty state vector, as a fresh y-websocket client sends it. */
const FRESH_SYNC_STEP1 = Uint8Array.from([0, 0, 1, 0]);

async function firstBoardReply(query: string): Promise<number[]> {
  const server = await startServer();
  const workshop = await createWorkshop(server.url);
  const { token } = await joinAsParticipant(server.url, workshop);
  // openRawSocket puts its last argument after `?token=`, so the extra parameter rides along.
  const raw = await openRawSocket(server.wsUrl, workshop.id, 'board', `${token}${query}`);
  raw.socket.send(FRESH_SYNC_STEP1);
  // The first frame is the server's own sync step 1; the answer to ours follows.
  const isAnswer = (frame: Buffer) =>
    frame[0] === SYNC_V2_MESSAGE ||
    frame[0] === SYNC_V2_GZIP_MESSAGE ||
    frame[0] === SYNC_V2_PARTS_MESSAGE ||
    (frame[0] === 0 && frame[1] === 1);
  await waitFor(() => raw.received.some(isAnswer));
  const answer = raw.received.find(isAnswer)!;
  return [answer[0]!, answer[1]!];
}

describe('WebSocket transport — the initial sync encoding', () => {
  it('JOIN-2: `?sync=v2` gets the board in one V2 message', async () => {
    expect((await firstBoardReply('&sync=v2'))[0]).toBe(SYNC_V2_MESSAGE);
  });

  it('JOIN-2: `?sync=v2gz` gets the board in one gzipped V2 message', async () => {
    expect((await firstBoardReply('&sync=v2gz'))[0]).toBe(SYNC_V2_GZIP_MESSAGE);
  });

  it('JOIN-11: `?sync=v2parts` gets the board in parts, gzipped', async () => {
    expect((await firstBoardReply('&sync=v2parts'))[0]).toBe(SYNC_V2_PARTS_MESSAGE);
  });

  it('JOIN-2: without it, or with a value it does not know, the board comes as sync step 2 (V1)', async () => {
    expect(await firstBoardReply('')).toEqual([0, 1]);
    expect(await firstBoardReply('&sync=v9')).toEqual([0, 1]);
  });
});
