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
  });
}
