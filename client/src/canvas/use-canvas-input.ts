import { useEffect, type RefObject } from 'react';
import type { Point } from './contract';
import type { CanvasController } from './controller';

/** Two clicks closer than this in time and space make a double click. */
const DOUBLE_CLICK_MS = 400;
const DOUBLE_CLICK_PX = 6;
/** Pixels per wheel "line" when the browser reports lines, not pixels. */
const LINE_PX = 16;

/**
 * Pointer, wheel and touch input on the canvas surface, turned into tool
 * events (one pointer) or pan and pinch-zoom (two fingers). Native listeners,
 * because the wheel must be non-passive to stop the page from scrolling.
 */
export function useCanvasInput(
  ref: RefObject<HTMLElement | null>,
  controller: CanvasController | null,
) {
  useEffect(() => {
    const el = ref.current;
    if (!el || !controller) return;
    const touches = new Map<number, Point>();
    let pinch: { distance: number; centre: Point } | null = null;
    let primary: number | null = null;
    let lastDown = { time: 0, x: 0, y: 0 };

    const local = (e: PointerEvent | WheelEvent): Point => {
      const box = el.getBoundingClientRect();
      return { x: e.clientX - box.left, y: e.clientY - box.top };
    };
    const fromEditor = (e: Event) => e.target instanceof HTMLTextAreaElement;
    const pinchOf = (): { distance: number; centre: Point } | null => {
      const [a, b] = [...touches.values()];
      if (!a || !b) return null;
      return {
        distance: Math.hypot(a.x - b.x, a.y - b.y),
        centre: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 },
      };
    };

    const down = (e: PointerEvent) => {
      if (fromEditor(e) || e.button > 1) return;
      if (controller.state.editing) return;
      const p = local(e);
      if (e.pointerType === 'touch') {
        touches.set(e.pointerId, p);
        if (touches.size === 2) {
          // A second finger: whatever the first one started becomes a pan and pinch.
          controller.dispatch({ type: 'cancel' });
          primary = null;
          pinch = pinchOf();
          return;
        }
        if (touches.size > 2) return;
      }
      el.focus({ preventScroll: true });
      el.setPointerCapture(e.pointerId);
      primary = e.pointerId;
      const now = performance.now();
      const double =
        now - lastDown.time < DOUBLE_CLICK_MS &&
        Math.hypot(p.x - lastDown.x, p.y - lastDown.y) < DOUBLE_CLICK_PX;
      lastDown = { time: double ? 0 : now, x: p.x, y: p.y };
      // The middle button always pans, like most whiteboards.
      if (e.button === 1) controller.store.setState({ spaceHeld: true });
      controller.dispatch({
        type: 'down',
        ...controller.pointerInput(p, e.shiftKey, double ? 2 : 1, e.pointerType),
      });
      e.preventDefault();
    };

    const move = (e: PointerEvent) => {
      const p = local(e);
      if (e.pointerType === 'touch' && touches.has(e.pointerId)) {
        touches.set(e.pointerId, p);
        if (pinch && touches.size === 2) {
          const next = pinchOf();
          if (next) {
            controller.panBy(next.centre.x - pinch.centre.x, next.centre.y - pinch.centre.y);
            if (pinch.distance > 0) controller.zoomBy(next.distance / pinch.distance, next.centre);
            pinch = next;
          }
          return;
        }
      }
      const v = controller.state.viewport;
      controller.pointerMovedTo({ x: (p.x - v.x) / v.scale, y: (p.y - v.y) / v.scale });
      if (primary !== e.pointerId) return;
      controller.dispatch({
        type: 'move',
        ...controller.pointerInput(p, e.shiftKey, 1, e.pointerType),
      });
    };

    const up = (e: PointerEvent) => {
      touches.delete(e.pointerId);
      if (touches.size < 2) pinch = null;
      if (primary !== e.pointerId) return;
      primary = null;
      const p = local(e);
      if (e.type === 'pointercancel') controller.dispatch({ type: 'cancel' });
      else
        controller.dispatch({
          type: 'up',
          ...controller.pointerInput(p, e.shiftKey, 1, e.pointerType),
        });
      if (e.button === 1) controller.store.setState({ spaceHeld: false });
    };

    const leave = (e: PointerEvent) => {
      if (e.pointerType !== 'touch') controller.pointerMovedTo(null);
    };

    const wheel = (e: WheelEvent) => {
      if (fromEditor(e)) return;
      e.preventDefault();
      const unit = e.deltaMode === 1 ? LINE_PX : e.deltaMode === 2 ? el.clientHeight : 1;
      const dx = e.deltaX * unit;
      const dy = e.deltaY * unit;
      // Trackpad pinch arrives as ctrl+wheel in every browser.
      // A mouse notch (deltaY 100) would jump ×2.7; capped, one notch zooms by about a third.
      if (e.ctrlKey || e.metaKey)
        controller.zoomBy(Math.exp(-Math.max(-30, Math.min(30, dy)) * 0.01), local(e));
      else if (e.shiftKey && dx === 0) controller.panBy(-dy, 0);
      else controller.panBy(-dx, -dy);
    };

    // Typing between two clicks (a new note's text) makes them two single clicks.
    const typed = () => {
      lastDown = { time: 0, x: 0, y: 0 };
    };

    el.addEventListener('pointerdown', down);
    el.addEventListener('keydown', typed, true);
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerup', up);
    el.addEventListener('pointercancel', up);
    el.addEventListener('pointerleave', leave);
    el.addEventListener('wheel', wheel, { passive: false });
    return () => {
      el.removeEventListener('pointerdown', down);
      el.removeEventListener('keydown', typed, true);
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerup', up);
      el.removeEventListener('pointercancel', up);
      el.removeEventListener('pointerleave', leave);
      el.removeEventListener('wheel', wheel);
    };
  }, [ref, controller]);
}
