import { afterEach, describe, expect, it } from 'vitest';
import { routePreload } from '../../route-preload';

type Handler = (html: string, context: { bundle: Record<string, unknown> }) => unknown;

function chunk(fileName: string, moduleIds: string[], imports: string[], css: string[] = []) {
  return {
    type: 'chunk',
    fileName,
    isEntry: fileName.startsWith('assets/index'),
    moduleIds,
    imports,
    viteMetadata: { importedCss: new Set(css) },
  };
}

/** What the plugin writes into index.html for a build of these chunks. */
function injectedScript(): string {
  const plugin = routePreload();
  (plugin.configResolved as (config: { base: string }) => void)({ base: '/' });
  const hook = plugin.transformIndexHtml as { handler: Handler };
  const bundle = {
    'assets/index-1.js': chunk('assets/index-1.js', ['/c/src/main.tsx'], []),
    'assets/board-2.js': chunk(
      'assets/board-2.js',
      ['/c/src/board/index.ts', '/c/src/board/BoardPage.tsx'],
      ['assets/index-1.js', 'assets/workshop-3.js'],
      ['assets/board-2.css'],
    ),
    'assets/workshop-3.js': chunk('assets/workshop-3.js', ['/c/src/workshop/index.ts'], []),
    'assets/console-4.js': chunk('assets/console-4.js', ['/c/src/console/index.ts'], []),
  };
  const tags = hook.handler('<html></html>', { bundle }) as { children: string }[];
  return tags[0]!.children;
}

function preloads(): string[] {
  return [...document.head.querySelectorAll('link')].map(
    (link) => `${link.rel} ${new URL(link.href).pathname}`,
  );
}

afterEach(() => {
  document.head.innerHTML = '';
  window.history.replaceState(null, '', '/');
});

describe('JOIN-6: the board link fetches the board route’s code beside the entry', () => {
  it('preloads the board chunk, its static imports and its CSS on /w/:id/board', () => {
    window.history.replaceState(null, '', '/w/abc123/board');
    new Function(injectedScript())();
    expect(preloads().sort()).toEqual([
      'modulepreload /assets/board-2.js',
      'modulepreload /assets/workshop-3.js',
      'preload /assets/board-2.css',
    ]);
  });

  it('adds nothing on other pages (the join page keeps its budget)', () => {
    window.history.replaceState(null, '', '/w/abc123/join');
    new Function(injectedScript())();
    expect(preloads()).toEqual([]);
  });
});
