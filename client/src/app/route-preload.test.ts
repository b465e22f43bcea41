import { afterEach, describe, expect, it } from 'vitest';
import { routePreloadScript } from '../../route-preload';

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

/** The script the build adds to index.html for these chunks. */
function injectedScript(): string {
  const bundle = {
    'assets/index-1.js': chunk('assets/index-1.js', ['/c/src/main.tsx'], ['assets/react-5.js']),
    'assets/react-5.js': chunk('assets/react-5.js', ['/c/node_modules/react/index.js'], []),
    'assets/board-2.js': chunk(
      'assets/board-2.js',
      ['/c/src/board/index.ts', '/c/src/board/BoardPage.tsx'],
      ['assets/index-1.js', 'assets/react-5.js', 'assets/workshop-3.js'],
      ['assets/board-2.css'],
    ),
    'assets/workshop-3.js': chunk('assets/workshop-3.js', ['/c/src/workshop/index.ts'], []),
    'assets/console-4.js': chunk('assets/console-4.js', ['/c/src/console/index.ts'], []),
    'assets/CanvasBoard-6.js': chunk(
      'assets/CanvasBoard-6.js',
      ['/c/src/canvas/CanvasBoard.tsx'],
      ['assets/konva-7.js', 'assets/workshop-3.js'],
    ),
    'assets/konva-7.js': chunk('assets/konva-7.js', ['/c/node_modules/konva/index.js'], []),
    'assets/index-1.css': { type: 'asset', fileName: 'assets/index-1.css' },
  };
  return routePreloadScript(bundle, '/');
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

describe('JOIN-6: the board link fetches the board route’s code (and its canvas’s) beside the entry', () => {
  it('preloads the board chunk, its static imports and its CSS on /w/:id/board, and prefetches the canvas’s', () => {
    window.history.replaceState(null, '', '/w/abc123/board');
    new Function(injectedScript())();
    expect(preloads().sort()).toEqual([
      'modulepreload /assets/board-2.js',
      'modulepreload /assets/workshop-3.js',
      'prefetch /assets/CanvasBoard-6.js',
      'prefetch /assets/konva-7.js',
      'preload /assets/board-2.css',
    ]);
  });

  it('prefetches the same files on the join page, which leads to the board', () => {
    window.history.replaceState(null, '', '/w/abc123/join');
    new Function(injectedScript())();
    expect(preloads().sort()).toEqual([
      'prefetch /assets/CanvasBoard-6.js',
      'prefetch /assets/board-2.css',
      'prefetch /assets/board-2.js',
      'prefetch /assets/konva-7.js',
      'prefetch /assets/workshop-3.js',
    ]);
  });

  it('adds nothing on other pages', () => {
    for (const path of ['/', '/w/abc123/console', '/w/abc123/board/extra']) {
      window.history.replaceState(null, '', path);
      new Function(injectedScript())();
      expect(preloads()).toEqual([]);
    }
  });
});
