import type { Plugin } from 'vite';

/** The page a link opens most (a participant's board) and its route's source entry (app/pages.ts). */
const ROUTES = [{ path: '^/w/[^/]+/board/?$', entry: '/src/board/index.ts' }];

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  moduleIds: string[];
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

/**
 * The route's chunk is loaded lazily (app/pages.ts), so without help a phone
 * downloads the entry, runs it, and only then asks for the board's code: a
 * round trip and a download in series before the board's socket can open.
 * This writes into index.html a few bytes of script that, on the board's
 * address only, asks for the board's chunk, its static imports and its CSS
 * at once, beside the entry (JOIN-6). Other pages download nothing more.
 */
export function routePreload(): Plugin {
  let base = '/';
  return {
    name: 'moteplass-route-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        const chunks = new Map<string, ChunkLike>();
        for (const output of Object.values(bundle))
          if (output.type === 'chunk') chunks.set(output.fileName, output as ChunkLike);
        const scripts = ROUTES.flatMap(({ path, entry }) => {
          const route = [...chunks.values()].find((c) =>
            c.moduleIds.some((id) => id.endsWith(entry)),
          );
          if (!route) throw new Error(`route-preload: no chunk for ${entry}`);
          const files = new Set<string>();
          const visit = (chunk: ChunkLike) => {
            // The entry is already on its way: index.html loads it.
            if (files.has(chunk.fileName) || chunk.isEntry) return;
            files.add(chunk.fileName);
            for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
            for (const name of chunk.imports) {
              const imported = chunks.get(name);
              if (imported) visit(imported);
            }
          };
          visit(route);
          const hrefs = [...files].map((file) => `${base}${file}`);
          return [
            `if(new RegExp(${JSON.stringify(path)}).test(location.pathname))` +
              `${JSON.stringify(hrefs)}.forEach(function(h){var l=document.createElement('link');` +
              `var css=/\\.css$/.test(h);l.rel=css?'preload':'modulepreload';if(css)l.as='style';` +
              `l.crossOrigin='';l.href=h;document.head.appendChild(l)})`,
          ];
        });
        return [{ tag: 'script', children: scripts.join(';'), injectTo: 'head' }];
      },
    },
  };
}
