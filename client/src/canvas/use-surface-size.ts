import { useEffect, type RefObject } from 'react';
import type { CanvasController } from './controller';

/** The canvas takes the size of the element it is drawn in, now and whenever that resizes. */
export function useSurfaceSize(
  surface: RefObject<HTMLElement | null>,
  controller: CanvasController,
): void {
  useEffect(() => {
    const el = surface.current;
    if (!el) return;
    const observer = new ResizeObserver(() => controller.setSize(el.clientWidth, el.clientHeight));
    observer.observe(el);
    controller.setSize(el.clientWidth, el.clientHeight);
    return () => observer.disconnect();
  }, [surface, controller]);
}
