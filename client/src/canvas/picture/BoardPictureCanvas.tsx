import type { BoardPicture, PhaseId } from '@moteplass/shared';
import { useLayoutEffect, useRef } from 'react';
import type { Insets } from '../contract';
import { drawPicture, pictureViewport } from './draw-picture';
import './board-picture.css';

declare global {
  interface Window {
    /** For the join benchmark: the picture on screen, and how many notes it shows. */
    __moteplassPicture?: { notes: number };
  }
}

const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * The board's picture on a plain canvas, in the live canvas's place and at
 * its first view, until the live canvas has drawn (JOIN-9). Decorative: the
 * live canvas, the list and their words are what assistive technology reads.
 * `onShown` runs once the browser has shown it (two frames after the draw),
 * so the live canvas's heavy mount starts only after the board is on screen.
 */
export function BoardPictureCanvas({
  picture,
  phase,
  insets = NO_INSETS,
  onShown,
  onDrawn,
}: {
  picture: BoardPicture;
  phase: PhaseId;
  insets?: Insets | undefined;
  onShown: () => void;
  /** Drawn on the canvas (the browser paints it with its next frame). */
  onDrawn?: () => void;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const element = canvas.current;
    const ctx = element?.getContext('2d');
    const view = element
      ? pictureViewport(picture, phase, element.clientWidth, element.clientHeight, insets)
      : null;
    if (!element || !ctx || !view) {
      onDrawn?.();
      onShown();
      return;
    }
    const ratio = Math.min(window.devicePixelRatio || 1, 2);
    element.width = Math.round(element.clientWidth * ratio);
    element.height = Math.round(element.clientHeight * ratio);
    drawPicture(ctx, picture, view, ratio);
    onDrawn?.();
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        // The mark says how many notes it showed: the bench reads it after the
        // picture may be gone (the main thread is often busy until then).
        performance.mark('moteplass:picture-painted', { detail: { notes: picture.notes } });
        window.__moteplassPicture = { notes: picture.notes };
        onShown();
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      delete window.__moteplassPicture;
    };
    // Drawn once, at the first view: the live canvas takes over from there
    // (`onShown` only says so; a new function each render changes nothing).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [picture]);
  return <canvas ref={canvas} className="board-picture" aria-hidden="true" />;
}
