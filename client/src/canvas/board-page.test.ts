import type { PhaseId } from '@moteplass/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Session } from '../session';
import type { WorkshopConnection } from '../sync';
import { CanvasController } from './controller';
import { fitRectInside, READABLE_SCALE } from './geometry';

/** A canvas on a board with the explore frame, as the template makes it, 1280×750 on screen. */
function canvas(draftPhase: PhaseId | null) {
  const doc = new Y.Doc();
  const items = doc.getMap<unknown>('items');
  const frame = { type: 'frame', x: 0, y: 0, w: 1600, h: 1200, phase: 'explore', title: 'U' };
  items.set('frame-explore', new Y.Map(Object.entries(frame)));
  const session = { participantId: 'me', role: 'innbygger', token: 't' } as Session;
  const controller = new CanvasController({ items } as unknown as WorkshopConnection, session);
  controller.model.start();
  controller.configure({ readOnly: false, currentPhase: 'explore', draftPhase, callbacks: {} });
  controller.setSize(1280, 750);
  return { controller, items };
}

/** Click with the note tool at a world point (the viewport is at 100 %, no offset). */
function placeNote(controller: CanvasController, world: { x: number; y: number }) {
  controller.setViewport({ x: 0, y: 0, scale: 1 });
  controller.setTool('note');
  const input = controller.pointerInput(world, false, 1, 'mouse');
  controller.dispatch({ type: 'down', ...input });
  controller.dispatch({ type: 'up', ...input });
}

describe('PAGE-6: silent writing on the canvas', () => {
  it('a note placed in the silent phase opens a private draft, and the board is untouched', () => {
    const { controller, items } = canvas('explore');
    placeNote(controller, { x: 300, y: 300 });
    expect(controller.state.draftAt).toEqual({ x: 300, y: 300 });
    expect(controller.state.editing).toBeNull();
    expect([...items.keys()]).toEqual(['frame-explore']);
  });

  it('outside silent writing (or in another phase) the note goes on the board as always', () => {
    const { controller, items } = canvas(null);
    placeNote(controller, { x: 300, y: 300 });
    expect(controller.state.draftAt).toBeNull();
    expect(items.size).toBe(2);

    const other = canvas('design');
    placeNote(other.controller, { x: 300, y: 300 });
    expect(other.controller.state.draftAt).toBeNull();
    expect(other.items.size).toBe(2);
  });
});

describe('PAGE-2: a phase opens readable, beside what floats over the canvas', () => {
  const frame = { x: 0, y: 0, w: 1600, h: 1200 };
  const none = { top: 0, right: 0, bottom: 0, left: 0 };

  it('a wide canvas does not go below the readable zoom; the frame’s top stays in view', () => {
    const v = fitRectInside(frame, 1280, 750, { top: 100, right: 0, bottom: 64, left: 384 }, 0.5);
    expect(v.scale).toBe(READABLE_SCALE);
    expect(v.y).toBe(100 + 40);
    expect(v.x).toBeGreaterThanOrEqual(384);
  });

  it('a phone shows the phase whole, however small', () => {
    const v = fitRectInside(frame, 375, 560, none, 0.5);
    expect(v.scale).toBeLessThan(0.25);
    expect(frame.w * v.scale).toBeLessThanOrEqual(375);
  });

  it('fits into the free part of the canvas, not under a drawer', () => {
    const v = fitRectInside(frame, 1920, 1030, { top: 100, right: 430, bottom: 64, left: 384 });
    expect(v.x).toBeGreaterThanOrEqual(384);
    expect(v.x + frame.w * v.scale).toBeLessThanOrEqual(1920 - 430);
  });

  it('the first view of a board is its phase’s frame, readable', () => {
    const { controller } = canvas(null);
    controller.start();
    expect(controller.state.viewport.scale).toBeGreaterThanOrEqual(READABLE_SCALE);
    controller.stop();
  });
});
