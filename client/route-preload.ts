import type { Plugin } from 'vite';

/**
 * The page a link opens most (a participant's board), its route's source
 * entries (app/pages.ts; the canvas, which the board page loads itself), and
 * the page people go to it from (the join page), where the same files are
 * only prefetched: at low priority, after the page's own, so the tap on
 * "join" finds them in the cache.
 */
const ROUTES = [
  {
    path: '^/w/[^/]+/board/?$',
    from: '^/w/[^/]+/join/?$',
    // The canvas (Konva) is fetched at once too; the page runs it when it is ready for it.
    entries: ['/src/board/index.ts', '/src/canvas/CanvasBoard.tsx'],
  },
];

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
 * on a route's page, preload its chunks, their static imports and CSS; on
 * the page before it, prefetch them.
 */
export function routePreloadScript(bundle: Record<string, unknown>, base: string): string {
  const chunks = new Map<string, ChunkLike>();
  for (const output of Object.values(bundle)) {
    const chunk = output as ChunkLike;
    if (chunk.type === 'chunk') chunks.set(chunk.fileName, chunk);
  }
  return ROUTES.map(({ path, from, entries }) => {
    // The entry and what it imports are already on their way: index.html names them.
    const loaded = new Set<string>();
    for (const chunk of chunks.values())
      if (chunk.isEntry) for (const name of [chunk.fileName, ...chunk.imports]) loaded.add(name);
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
    for (const entry of entries) {
      const chunk = [...chunks.values()].find((c) => c.moduleIds.some((id) => id.endsWith(entry)));
      if (!chunk) throw new Error(`route-preload: no chunk for ${entry}`);
      visit(chunk);
    }
    const hrefs = [...files].map((file) => `${base}${file}`);
    return (
      `(function(p,f){var rel=new RegExp(${JSON.stringify(path)}).test(p)?'preload':` +
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
