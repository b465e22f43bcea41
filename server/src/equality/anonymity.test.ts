import {
  ANONYMITY_KEY,
  BOARD_ITEMS,
  parseBoardItem,
  readAnonymity,
  type NoteItem,
} from '@moteplass/shared';
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { useAnonymousNoteWindow } from './anonymous-batch.js';
import { closeTestRooms, actionSetup, errorCode } from '../actions/testing.js';

afterEach(closeTestRooms);

function noteIn(doc: Y.Doc, id: string): NoteItem | null {
  const item = parseBoardItem(doc.getMap<Y.Map<unknown>>(BOARD_ITEMS).get(id)?.toJSON());
  return item?.type === 'note' ? item : null;
}

describe('anonymous input', () => {
  it('setAnonymity is the facilitator’s, and a phase defaults to the current one', async () => {
    const { act, people, storedControl } = await actionSetup();
    const on = { type: 'setAnonymity', mode: 'phase', allowSingle: true } as const;
    expect(await errorCode(act(people.kari, on))).toBe('FORBIDDEN');
    await act(people.facilitator, on);
    expect(readAnonymity((await storedControl()).get(ANONYMITY_KEY))).toEqual({
      mode: 'phase',
      phase: 'explore',
      allowSingle: true,
    });
  });

  it('refuses an anonymous note while anonymous input is off', async () => {
    const { act, people } = await actionSetup();
    const note = { type: 'addAnonymousNote', text: 'Hei', phase: 'explore' } as const;
    expect(await errorCode(act(people.kari, note))).toBe('ANONYMOUS_INPUT_OFF');
    await act(people.facilitator, { type: 'setAnonymity', mode: 'phase', phase: 'design' });
    expect(await errorCode(act(people.kari, note))).toBe('ANONYMOUS_INPUT_OFF');
  });

  it('ANON-1: creates the note on the server, in the phase frame, without any author field', async () => {
    const { act, people, storedBoard, rooms, workshop } = await actionSetup();
    await act(people.facilitator, { type: 'setAnonymity', mode: 'workshop' });
    const reply = await act(people.kari, {
      type: 'addAnonymousNote',
      text: '  Bussen går for sjelden  ',
      phase: 'design',
    });
    const itemId = reply.itemId as string;
    const note = noteIn(await storedBoard(), itemId);
    expect(note).toMatchObject({ type: 'note', text: 'Bussen går for sjelden', anonymous: true });
    expect(note).not.toHaveProperty('author');
    expect(note).not.toHaveProperty('authorRole');
    // Laid out inside the design phase's frame.
    const frame = parseBoardItem(
      (await storedBoard()).getMap<Y.Map<unknown>>(BOARD_ITEMS).get('frame-design')?.toJSON(),
    );
    expect(frame?.type).toBe('frame');
    expect(note!.x).toBeGreaterThanOrEqual(frame!.x);
    expect(note!.x + note!.w).toBeLessThanOrEqual(frame!.x + frame!.w);
    expect(note!.y).toBeGreaterThan(frame!.y);
    // ANON-2: written by the board room's own Yjs client.
    const board = await rooms.get(workshop.id, 'board');
    const struct = board.doc.getMap<Y.Map<unknown>>(BOARD_ITEMS).get(itemId)!;
    expect(struct._item?.id.client).toBe(board.doc.clientID);
  });

  it('accepts a single anonymous note when allowed, and respects the lock', async () => {
    const { act, people } = await actionSetup();
    await act(people.facilitator, { type: 'setAnonymity', mode: 'off', allowSingle: true });
    const note = { type: 'addAnonymousNote', text: 'Ett innspill', phase: 'explore' } as const;
    expect(await act(people.ola, note)).toMatchObject({ ok: true });
    await act(people.facilitator, { type: 'lockBoard' });
    expect(await errorCode(act(people.ola, note))).toBe('BOARD_LOCKED');
    expect(await errorCode(act(people.ola, { ...note, text: '   ' }))).toBe('BAD_REQUEST');
  });
});

describe('ANON-5: anonymous notes are written in batches', () => {
  it('writes the notes of one window together, in one change, with createdAt rounded to the minute', async () => {
    const { act, people, storedBoard, rooms } = await actionSetup();
    useAnonymousNoteWindow(rooms, 50);
    await act(people.facilitator, { type: 'setAnonymity', mode: 'workshop' });
    const board = await rooms.get(people.kari.workshopId, 'board');
    let changes = 0;
    board.doc.on('update', () => changes++);
    const replies = await Promise.all(
      ['Første', 'Andre', 'Tredje'].map((text) =>
        act(people.kari, { type: 'addAnonymousNote', text, phase: 'explore' }),
      ),
    );
    expect(changes).toBe(1);
    const doc = await storedBoard();
    const notes = replies.map((reply) => noteIn(doc, reply.itemId as string));
    expect(notes.map((note) => note?.text)).toEqual(['Første', 'Andre', 'Tredje']);
    for (const note of notes) expect(note!.createdAt! % 60_000).toBe(0);
  });
});
