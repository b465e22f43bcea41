/**
 * Registers the app-shell service worker (client/public/sw.js) so that a
 * reload without a network still opens the board from the browser's cache.
 * Only in a production build: in development Vite serves modules that must
 * never be cached.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Without it everything works online; only an offline reload is lost.
    });
    // Pages and the canvas are chunks loaded on demand (app/pages.ts): those this page
    // loaded before the worker took over are handed to it, so an offline reload finds them.
    void navigator.serviceWorker.ready.then((registration) => {
      const assets = performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name))
        .filter((url) => url.origin === location.origin && url.pathname.startsWith('/assets/'))
        .map((url) => url.pathname);
      registration.active?.postMessage({ type: 'cache-assets', assets });
    });
  });
}
