import type { Plugin } from 'vite';

/**
 * The page a link opens most (a participant's board), its route's source
 * entry (app/pages.ts), and the page people go to it from (the join page),
 * where the same files are only prefetched: at low priority, after the
 * page's own, so the tap on "join" finds them in the cache. The board's
 * canvas (Konva, loaded by the board page itself) is prefetched on the board
 * page too: in the cache when the page runs it, without taking a slow
 * network's bandwidth from the page's own files.
 */
const ROUTES = [
  {
    path: '^/w/[^/]+/board/?$',
    from: '^/w/[^/]+/join/?$',
    entry: '/src/board/index.ts',
    onPath: 'preload',
  },
  {
    path: '^/w/[^/]+/board/?$',
    from: '^/w/[^/]+/join/?$',
    entry: '/src/canvas/CanvasBoard.tsx',
    onPath: 'prefetch',
  },
] as const;

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  moduleIds: string[];
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

/**
 * The script for a build's chunks (file name → chunk, as in Rollup's bundle):
 * on a route's page, preload (or prefetch) its chunk, its static imports and
 * its CSS; on the page before it, prefetch them.
 */
export function routePreloadScript(bundle: Record<string, unknown>, base: string): string {
  const chunks = new Map<string, ChunkLike>();
  for (const output of Object.values(bundle)) {
    const chunk = output as ChunkLike;
    if (chunk.type === 'chunk') chunks.set(chunk.fileName, chunk);
  }
  // The entry and what it imports are already on their way: index.html names them; a
  // later route leaves out what an earlier one fetches.
  const loaded = new Set<string>();
  for (const chunk of chunks.values())
    if (chunk.isEntry) for (const name of [chunk.fileName, ...chunk.imports]) loaded.add(name);
  return ROUTES.map(({ path, from, entry, onPath }) => {
    const files = new Set<string>();
    const visit = (chunk: ChunkLike) => {
      if (files.has(chunk.fileName) || loaded.has(chunk.fileName)) return;
      files.add(chunk.fileName);
      for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
      for (const name of chunk.imports) {
        const imported = chunks.get(name);
        if (imported) visit(imported);
      }
    };
    const route = [...chunks.values()].find((c) => c.moduleIds.some((id) => id.endsWith(entry)));
    if (!route) throw new Error(`route-preload: no chunk for ${entry}`);
    visit(route);
    for (const file of files) loaded.add(file);
    const hrefs = [...files].map((file) => `${base}${file}`);
    return (
      `(function(p,f){var rel=new RegExp(${JSON.stringify(path)}).test(p)?'${onPath}':` +
      `new RegExp(${JSON.stringify(from)}).test(p)?'prefetch':null;if(rel)f.forEach(function(h){` +
      `var l=document.createElement('link'),css=/\\.css$/.test(h);` +
      `l.rel=rel==='prefetch'?rel:css?'preload':'modulepreload';if(css&&rel==='preload')l.as='style';` +
      `l.crossOrigin='';l.href=h;document.head.appendChild(l)})})(location.pathname,${JSON.stringify(hrefs)});`
    );
  }).join('\n');
}

/**
 * The route's chunk is loaded lazily (app/pages.ts), so without help a phone
 * downloads the entry, runs it, and only then asks for the board's code: a
 * round trip and a download in series before the board's socket can open.
 * This adds to index.html a small async script (an asset of its own: the
 * CSP allows no inline script) that, on the board's address only, asks for
 * the board's chunk, its static imports and its CSS at once, beside the entry
 * (JOIN-6); on the join page it prefetches them. Other pages download nothing
 * more.
 */
export function routePreload(): Plugin {
  let base = '/';
  let fileName: string | null = null;
  return {
    name: 'moteplass-route-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    // Before Vite writes index.html (its own generateBundle), which calls transformIndexHtml.
    generateBundle(_options, bundle) {
      const source = routePreloadScript(bundle, base);
      fileName = this.getFileName(
        this.emitFile({ type: 'asset', name: 'route-preload.js', source }),
      );
    },
    transformIndexHtml: {
      order: 'post',
      handler() {
        if (!fileName) return [];
        return [
          {
            tag: 'script',
            attrs: { async: true, src: `${base}${fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
