import { useEffect } from 'react';

/**
 * On the board page the canvas is the page: the document itself never
 * scrolls (panels scroll inside themselves). Only while this page is shown.
 */
export function useBoardPageFrame(): void {
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('board-route');
    return () => root.classList.remove('board-route');
  }, []);
}
