/*
 * Møteplass service worker: the app shell offline.
 *
 * A reload with no network must still show the board (its documents come
 * from IndexedDB, see client/src/sync/offline-cache.ts); for that the page
 * and its scripts must come from somewhere. This worker keeps them:
 *   - page loads (navigations): network first, the cached shell when offline;
 *   - built assets (/assets/…, hashed names, never change): cache first;
 *   - the API, sockets, images and everything else: never touched.
 * Plain JavaScript served as is (client/public), so it needs no build step.
 */
const CACHE = 'moteplass-shell-v1';
const SHELL = '/index.html';

self.addEventListener('install', (event) => {
  event.waitUntil(cacheShell().then(() => self.skipWaiting()));
});

/** The page and the scripts and styles it names: enough to open any page offline. */
async function cacheShell() {
  const cache = await caches.open(CACHE);
  const response = await fetch(SHELL, { cache: 'no-cache' });
  if (!response.ok) return;
  const html = await response.clone().text();
  await cache.put(SHELL, response);
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
  await cache.addAll([...new Set(assets)]);
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))),
      )
      .then(() => self.clients.claim()),
  );
});

// The page names the chunks it loaded before this worker controlled it (lazy pages, the canvas).
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'cache-assets' || !Array.isArray(data.assets)) return;
  const assets = data.assets.filter(
    (path) => typeof path === 'string' && path.startsWith('/assets/') && !path.includes('..'),
  );
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(assets))
      .catch(() => {}),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (request.mode === 'navigate') {
    if (url.pathname.startsWith('/api/')) return;
    event.respondWith(pageFromNetworkOrShell(request));
    return;
  }
  if (url.pathname.startsWith('/assets/') || url.pathname === '/favicon.svg') {
    event.respondWith(assetFromCacheOrNetwork(request));
  }
});

async function pageFromNetworkOrShell(request) {
  try {
    const response = await fetch(request);
    // Every page is the same shell (the client routes); keep the newest.
    if (response.ok) {
      const cache = await caches.open(CACHE);
      await cache.put(SHELL, response.clone());
    }
    return response;
  } catch (error) {
    const shell = await caches.match(SHELL);
    if (shell) return shell;
    throw error;
  }
}

async function assetFromCacheOrNetwork(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}
