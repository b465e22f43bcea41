import { useEffect, useRef } from 'react';
import type * as Y from 'yjs';
import { acquireModel, drawMiniature, releaseModel } from './miniature';
import { detailPending } from './render/zoomed-out-batch';

export interface FrameMiniatureProps {
  /** The board's items (the connection's `items` map). */
  items: Y.Map<unknown>;
  /** The frame to show whole. */
  frameId: string;
  /** What a screen reader hears for the picture. */
  label: string;
}

/**
 * Twenty groups writing at once change the board many times a second; a
 * projector does not need more than a few pictures a second of each.
 */
const REDRAW_MS = 400;

/**
 * A live miniature of one frame of the board (a breakout group's), drawn
 * with the canvas's own scene code at the size it is given. It redraws when
 * the board changes (at most every 400 ms) or the element is resized.
 */
export function FrameMiniature({ items, frameId, label }: FrameMiniatureProps) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const element = canvas.current;
    const ctx = element?.getContext('2d');
    if (!element || !ctx) return;
    const model = acquireModel(items);
    let timer: ReturnType<typeof setTimeout> | null = null;
    let drawn = -1;
    let size = '';
    const draw = () => {
      timer = null;
      const width = element.clientWidth;
      const height = element.clientHeight;
      const rect = model.rectOf(frameId);
      if (width === 0 || height === 0 || !rect) return;
      const ratio = window.devicePixelRatio || 1;
      const key = `${width}x${height}@${ratio}`;
      if (key !== size) {
        size = key;
        element.width = Math.round(width * ratio);
        element.height = Math.round(height * ratio);
      }
      drawn = model.version;
      drawMiniature(ctx, model, rect, width, height, ratio);
      // Zoomed out this far, some notes' looks wait for the next frame (as on the canvas).
      if (detailPending()) schedule(true);
    };
    const schedule = (force = false) => {
      if (timer !== null || (!force && drawn === model.version && size !== '')) return;
      timer = setTimeout(draw, drawn === -1 ? 0 : REDRAW_MS);
    };
    const resized = new ResizeObserver(() => {
      size = size === '' ? '' : 'stale';
      schedule(true);
    });
    resized.observe(element);
    const off = model.subscribe(() => schedule());
    schedule(true);
    return () => {
      off();
      resized.disconnect();
      if (timer !== null) clearTimeout(timer);
      releaseModel(items);
    };
  }, [items, frameId]);

  return <canvas ref={canvas} className="frame-miniature" role="img" aria-label={label} />;
}
