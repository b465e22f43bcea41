import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parsedItemsOf } from '../sync';
import { BoardModel } from './board-model';
import { BoardWrites } from './board-writes';
import { parseClipboard, serializeItems } from './clipboard';
import { fitRect, resizeRect, zoomAt } from './geometry';
import { keyCommand } from './keyboard';
import { SpatialIndex } from './spatial-index';

function board() {
  const doc = new Y.Doc();
  const items = doc.getMap<unknown>('items');
  const model = new BoardModel(items, () => {});
  model.start();
  const writes = new BoardWrites(
    items,
    model,
    { participantId: 'me', role: 'innbygger' },
    () => 'design',
    () => ({ color: 'pink', shape: 'ellipse' }),
  );
  return { doc, items, model, writes };
}

function put(items: Y.Map<unknown>, id: string, fields: Record<string, unknown>, origin?: unknown) {
  items.doc!.transact(() => items.set(id, new Y.Map(Object.entries(fields))), origin);
}

const note = (x: number, y: number) => ({
  type: 'note',
  x,
  y,
  w: 200,
  h: 200,
  phase: 'explore',
  text: 't',
  color: 'yellow',
});

describe('spatial index', () => {
  it('finds what meets an area and forgets what was removed', () => {
    const index = new SpatialIndex();
    index.set('a', { x: 0, y: 0, w: 10, h: 10 });
    index.set('b', { x: 5000, y: 5000, w: 10, h: 10 });
    index.set('huge', { x: -1e6, y: -1e6, w: 2e6, h: 2e6 });
    expect([...index.query({ x: -5, y: -5, w: 20, h: 20 })].sort()).toEqual(['a', 'huge']);
    index.set('a', { x: 5005, y: 5005, w: 1, h: 1 });
    expect([...index.query({ x: 4990, y: 4990, w: 30, h: 30 })].sort()).toEqual(['a', 'b', 'huge']);
    index.delete('b');
    expect([...index.query({ x: -1e7, y: -1e7, w: 2e7, h: 2e7 })].sort()).toEqual(['a', 'huge']);
  });
});

describe('board model', () => {
  it('skips and counts malformed items instead of failing', () => {
    const { items, model } = board();
    put(items, 'good', note(0, 0));
    put(items, 'bad', { type: 'note', x: 'left' });
    items.set('junk', 42);
    model.flush();
    expect([...model.items.keys()]).toEqual(['good']);
    expect(model.malformed.size).toBe(2);
  });

  it('applies a burst of changes once, at the next flush', () => {
    const { items, model } = board();
    let renders = 0;
    model.subscribe(() => (renders += 1));
    for (let i = 0; i < 100; i++) put(items, `n${i}`, note(i * 10, 0));
    expect(model.items.size).toBe(0);
    model.flush();
    expect(model.items.size).toBe(100);
    expect(renders).toBe(1);
  });

  it('JOIN-3, JOIN-11: follows the board through its ParsedBoardItems, so a board arriving in parts comes in once', () => {
    const { items, model } = board();
    let renders = 0;
    model.subscribe(() => (renders += 1));
    const release = parsedItemsOf(items).hold();
    for (let i = 0; i < 10; i++) put(items, `n${i}`, note(i * 10, 0));
    model.flush();
    expect(model.items.size).toBe(0); // nothing of a half-arrived board
    release();
    model.flush();
    expect(model.items.size).toBe(10);
    expect(renders).toBe(1);
    // After the hold, an edit is heard at once again; a deletion too.
    items.delete('n3');
    model.flush();
    expect(model.items.has('n3')).toBe(false);
    expect(renders).toBe(2);
  });

  it('hit-tests the front-most item, and a frame only by its title band', () => {
    const { items, model } = board();
    put(items, 'frame', {
      type: 'frame',
      x: 0,
      y: 0,
      w: 1000,
      h: 1000,
      phase: 'explore',
      title: 'F',
    });
    put(items, 'low', { ...note(100, 100), z: 1 });
    put(items, 'high', { ...note(150, 150), z: 2 });
    model.flush();
    expect(model.hitTest({ x: 200, y: 200 }, 1)).toBe('high');
    expect(model.hitTest({ x: 110, y: 110 }, 1)).toBe('low');
    expect(model.hitTest({ x: 500, y: 20 }, 1)).toBe('frame');
    expect(model.hitTest({ x: 800, y: 800 }, 1)).toBeNull();
  });
});

describe('board writes', () => {
  it('stamps new items with author, role, version and the phase of the frame they land in', () => {
    const { items, model, writes } = board();
    put(items, 'f', {
      type: 'frame',
      x: 0,
      y: 0,
      w: 1000,
      h: 1000,
      phase: 'prototype',
      title: 'P',
    });
    model.flush();
    const inside = writes.create({ kind: 'note', at: { x: 500, y: 500 } })!;
    const outside = writes.create({ kind: 'note', at: { x: 5000, y: 5000 } })!;
    expect(model.items.get(inside)).toMatchObject({
      type: 'note',
      phase: 'prototype',
      author: 'me',
      authorRole: 'innbygger',
      v: 1,
      color: 'pink',
    });
    expect(model.items.get(outside)?.phase).toBe('design');
  });

  it('undoes only its own changes, also after someone else edited', () => {
    const { items, model, writes } = board();
    put(items, 'theirs', note(0, 0), 'remote');
    model.flush();
    const mine = writes.create({ kind: 'note', at: { x: 1000, y: 0 } })!;
    writes.undo.stopCapturing();
    writes.move([mine], 50, 0);
    (items.get('theirs') as Y.Map<unknown>).set('text', 'edited by them');
    model.flush();
    writes.undo.undo();
    model.flush();
    expect(model.items.get(mine)?.x).toBe(900);
    expect(model.items.get('theirs')).toMatchObject({ text: 'edited by them' });
    writes.undo.undo();
    model.flush();
    expect(model.items.has(mine)).toBe(false);
    expect(model.items.has('theirs')).toBe(true);
  });

  it('writes a group resize as one change with its origin: one undo takes back all of it', () => {
    const { items, model, writes } = board();
    put(items, 'a', note(0, 0));
    put(items, 'b', note(400, 0));
    model.flush();
    // An edit of one's own just before is not taken back with it.
    writes.move(['b'], 0, 10);
    writes.resize(
      new Map([
        ['a', { x: 0, y: 0, w: 300, h: 300.4 }],
        ['b', { x: 600, y: 0, w: 300, h: 300 }],
      ]),
    );
    expect(model.items.get('a')).toMatchObject({ w: 300, h: 300 });
    expect(model.items.get('b')).toMatchObject({ x: 600, w: 300 });
    writes.undo.undo();
    model.flush();
    expect(model.items.get('a')).toMatchObject({ x: 0, w: 200, h: 200 });
    expect(model.items.get('b')).toMatchObject({ x: 400, y: 10, w: 200, h: 200 });
  });

  it('deletes the connectors left dangling by a delete', () => {
    const { items, model, writes } = board();
    put(items, 'a', note(0, 0));
    put(items, 'b', note(400, 0));
    model.flush();
    const link = writes.create({ kind: 'connector', from: 'a', to: 'b' })!;
    writes.delete(['a']);
    expect(model.items.has(link)).toBe(false);
    expect(model.items.has('b')).toBe(true);
  });

  it('pastes copies with new ids, the copier as author, and connectors rewired', () => {
    const { items, model, writes } = board();
    put(items, 'a', { ...note(0, 0), author: 'someone', anonymous: true });
    put(items, 'b', note(400, 0));
    model.flush();
    writes.create({ kind: 'connector', from: 'a', to: 'b' });
    const text = serializeItems([...model.items].map(([id, item]) => ({ id, item })));
    const copies = parseClipboard(text)!;
    expect(copies).toHaveLength(3);
    const created = writes.insertCopies(copies, 10, 10);
    expect(created).toHaveLength(3);
    const pasted = created.map((id) => model.items.get(id)!);
    expect(pasted.every((item) => item.author === 'me' && item.anonymous === undefined)).toBe(true);
    const connector = pasted.find((item) => item.type === 'connector');
    expect(
      connector?.type === 'connector' &&
        created.includes(connector.from) &&
        created.includes(connector.to),
    ).toBe(true);
  });
});

describe('clipboard', () => {
  it('ignores text that is not board items and drops malformed entries', () => {
    expect(parseClipboard('hello')).toBeNull();
    expect(parseClipboard('{"items": []}')).toBeNull();
    const text = JSON.stringify({
      kind: 'moteplass/board-items',
      v: 1,
      items: [
        { id: 'x', item: { type: 'note' } },
        { id: 'y', item: note(0, 0) },
      ],
    });
    expect(parseClipboard(text)?.map((c) => c.id)).toEqual(['y']);
  });
});

describe('geometry', () => {
  it('zooms around the pointer, keeping the world point under it', () => {
    const v = zoomAt({ x: 0, y: 0, scale: 1 }, { x: 100, y: 50 }, 2);
    expect(v).toEqual({ x: -100, y: -50, scale: 2 });
  });

  it('fits a box into the screen', () => {
    const v = fitRect({ x: 0, y: 0, w: 1000, h: 500 }, 1080, 580, 40);
    expect(v.scale).toBe(1);
  });

  it('never resizes below the minimum', () => {
    expect(resizeRect({ x: 0, y: 0, w: 100, h: 100 }, 'nw', 500, 500)).toEqual({
      x: 80,
      y: 80,
      w: 20,
      h: 20,
    });
  });
});

describe('keyboard', () => {
  it('maps keys to commands', () => {
    const key = (k: string, more = {}) =>
      keyCommand({ key: k, shift: false, mod: false, alt: false, ...more });
    expect(key('z', { mod: true })).toEqual({ type: 'undo' });
    expect(key('Z', { mod: true, shift: true })).toEqual({ type: 'redo' });
    expect(key('y', { mod: true })).toEqual({ type: 'redo' });
    expect(key('ArrowLeft', { shift: true })).toEqual({ type: 'nudge', dx: -50, dy: 0 });
    expect(key('Tab', { shift: true })).toEqual({ type: 'focusNext', backwards: true });
    expect(key('Delete')).toEqual({ type: 'delete' });
    expect(key('n')).toEqual({ type: 'tool', tool: 'note' });
    expect(key('q')).toBeNull();
  });

  it('zooms as tldraw and Figma do, whatever the keyboard layout', () => {
    const key = (k: string, more = {}) =>
      keyCommand({ key: k, shift: false, mod: false, alt: false, ...more });
    // Norwegian layout: Shift+1 is "!", Shift+2 is '"'; the physical key decides.
    expect(key('!', { shift: true, code: 'Digit1' })).toEqual({ type: 'zoomFit' });
    expect(key('"', { shift: true, code: 'Digit2' })).toEqual({ type: 'zoomPhase' });
    expect(key('=', { shift: true, code: 'Digit0' })).toEqual({ type: 'zoomReset' });
    expect(key('+', { mod: true })).toEqual({ type: 'zoom', factor: 1.25 });
    expect(key('-', { mod: true })).toEqual({ type: 'zoom', factor: 0.8 });
    expect(key('0', { mod: true })).toEqual({ type: 'zoomReset' });
    // The plain keys keep working.
    expect(key('+')).toEqual({ type: 'zoom', factor: 1.25 });
    expect(key('-')).toEqual({ type: 'zoom', factor: 0.8 });
  });
});
