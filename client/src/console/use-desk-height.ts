import { useLayoutEffect, type RefObject } from 'react';

/** Below this the desk is not worth fitting: a short window scrolls the page as usual. */
const MIN_DESK_PX = 360;

/**
 * Keeps `--desk-height` on the element at what is left of the window below
 * its top, less whatever follows it on the page, so the console's columns
 * fill the window and scroll inside themselves instead of the page.
 */
export function useDeskHeight(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const box = el.getBoundingClientRect();
      const top = box.top + window.scrollY;
      // What follows the desk, measured on the body's own box: the document's scrollHeight is
      // never less than the window, so after the window grew it would count the empty space
      // under the old desk as content and keep the desk at its old height.
      const body = document.body;
      const bodyBottom =
        body.getBoundingClientRect().bottom +
        parseFloat(getComputedStyle(body).marginBottom || '0');
      const below = Math.max(0, bodyBottom - box.bottom);
      const height = Math.max(MIN_DESK_PX, Math.floor(window.innerHeight - top - below));
      el.style.setProperty('--desk-height', `${height}px`);
    };
    measure();
    // The header above can change height (a connection message); the result settles at once.
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [ref]);
}
