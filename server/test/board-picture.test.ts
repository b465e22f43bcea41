import { NOTE_EDGE, NOTE_FILLS, type BoardPicture } from '@moteplass/shared';
import type * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addNote,
  cleanup,
  connect,
  createWorkshop,
  joinAsParticipant,
  startServer,
} from './helper.js';

afterEach(cleanup);

async function getPicture(url: string, workshopId: string, token?: string) {
  return fetch(`${url}/api/workshops/${workshopId}/board/picture`, {
    headers: { 'accept-encoding': 'gzip', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
}

describe('the board picture route', () => {
  it('JOIN-7: the same access as the board socket — a valid session of this workshop, else 401 with a JSON error', async () => {
    const server = await startServer();
    const workshop = await createWorkshop(server.url);
    const other = await createWorkshop(server.url, { title: 'Et annet verksted' });
    const stranger = await joinAsParticipant(server.url, other);

    const none = await getPicture(server.url, workshop.id);
    expect(none.status).toBe(401);
    expect(((await none.json()) as { error: { code: string } }).error.code).toBe('UNAUTHORIZED');

    const forged = await getPicture(server.url, workshop.id, 'not-a-token');
    expect(forged.status).toBe(401);

    // A session of another workshop opens neither that board's socket nor its picture.
    const elsewhere = await getPicture(server.url, workshop.id, stranger.token);
    expect(elsewhere.status).toBe(401);

    const member = await joinAsParticipant(server.url, workshop);
    const ok = await getPicture(server.url, workshop.id, member.token);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-encoding')).toBe('gzip');
    expect(ok.headers.get('cache-control')).toBe('no-store');
    const picture = (await ok.json()) as BoardPicture;
    expect(picture.v).toBe(1);
  });

  it('JOIN-7: boxes and colours of what the sync sends, and no words, authors or ids', async () => {
    const server = await startServer();
    const workshop = await createWorkshop(server.url);
    const writer = await joinAsParticipant(server.url, workshop);
    const { doc } = await connect(server.wsUrl, workshop.id, 'board', writer.token);
    doc.transact(() => {
      addNote(doc, 'note-secret-id', 'Et hemmelig innspill');
      doc
        .getMap<Y.Map<unknown>>('items')
        .get('note-secret-id')!
        .set('author', writer.participantId);
    });
    const reader = await joinAsParticipant(server.url, workshop);
    const picture = await pictureWhen(server.url, workshop.id, reader.token, (p) => p.notes === 1);
    const text = JSON.stringify(picture);
    expect(picture.layers).toEqual([
      { fill: '#fff3a6', edge: NOTE_EDGE, boxes: [100, 80, 160, 120] },
    ]);
    // The template's phase frames are there too, by phase, so a joiner fits the same first view.
    expect(picture.frames.map((frame) => frame.phase)).toContain('explore');
    const [x, y, w, h] = picture.bounds!;
    expect(x <= 100 && y <= 80 && x + w >= 260 && y + h >= 200).toBe(true);
    expect(text).not.toContain('hemmelig');
    expect(text).not.toContain('note-secret-id');
    expect(text).not.toContain(writer.participantId);
  });

  it('JOIN-8: a change after the picture was built is in the next response', async () => {
    const server = await startServer();
    const workshop = await createWorkshop(server.url);
    const writer = await joinAsParticipant(server.url, workshop);
    const { doc } = await connect(server.wsUrl, workshop.id, 'board', writer.token);
    addNote(doc, 'a', 'én');
    const first = await pictureWhen(server.url, workshop.id, writer.token, (p) => p.notes === 1);
    // Asked again unchanged: the same picture (built once per version).
    expect(await pictureWhen(server.url, workshop.id, writer.token, () => true)).toEqual(first);
    doc.getMap<Y.Map<unknown>>('items').get('a')!.set('color', 'blue');
    const moved = await pictureWhen(server.url, workshop.id, writer.token, (p) =>
      p.layers.some((layer) => layer.fill === NOTE_FILLS.blue),
    );
    expect(moved.layers.map((layer) => layer.fill)).toEqual([NOTE_FILLS.blue]);
    // And the route never answers from a state older than one it already showed.
    const again = await pictureWhen(server.url, workshop.id, writer.token, () => true);
    expect(again).toEqual(moved);
  });
});

/** Ask for the picture until `ready` holds (the writer's edits reach the server on their own time). */
async function pictureWhen(
  url: string,
  workshopId: string,
  token: string,
  ready: (picture: BoardPicture) => boolean,
): Promise<BoardPicture> {
  let last: BoardPicture | undefined;
  await waitForAsync(async () => {
    const response = await getPicture(url, workshopId, token);
    expect(response.status).toBe(200);
    last = (await response.json()) as BoardPicture;
    return ready(last);
  });
  return last!;
}

async function waitForAsync(condition: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
