/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { repoDir } from './servers.js';

/** Konva's browser build, from the client's dependencies. */
export function konvaScript(): string {
  // Not through the package's exports (they do not list the UMD file): next to its package.json.
  const require = createRequire(join(repoDir, 'client/package.json'));
  return readFileSync(join(dirname(require.resolve('konva/package.json')), 'konva.min.js'), 'utf8');
}

/**
 * The reference: a straightforward react-konva-style board, done by hand
 * in the page: every note a Group with a Rect (shadow) and a Text, all on
 * one listening layer (hit graph on), no culling, no level of detail.
 * Runs in the browser; returns the time to build and draw.
 */
export function buildNaiveBoard(args: {
  count: number;
  columns: number;
  note: number;
  gap: number;
  width: number;
  height: number;
}): number {
  const started = performance.now();
  // Konva's browser build, loaded as a script tag; typed loosely (the bench does not depend on konva).
  type Node = {
    add(child: Node): void;
    draw(): void;
    position(p: object): void;
    scale(p: object): void;
    batchDraw(): void;
  };
  type Ctor = new (config: object) => Node;
  const K = (
    window as unknown as { Konva: Record<'Stage' | 'Layer' | 'Group' | 'Rect' | 'Text', Ctor> }
  ).Konva;
  const container = document.createElement('div');
  container.style.width = `${args.width}px`;
  container.style.height = `${args.height}px`;
  document.body.style.margin = '0';
  document.body.appendChild(container);
  const stage = new K.Stage({ container, width: args.width, height: args.height });
  const layer = new K.Layer({});
  const fills = ['#fff3a6', '#ffd9e6', '#d6f5d6', '#d6e8ff', '#ffe0c2', '#e8dcff'];
  for (let i = 0; i < args.count; i++) {
    const group = new K.Group({
      x: 40 + (i % args.columns) * (args.note + args.gap),
      y: 400 + Math.floor(i / args.columns) * (args.note + args.gap),
      draggable: true,
    });
    group.add(
      new K.Rect({
        width: args.note,
        height: args.note,
        fill: fills[i % fills.length],
        shadowColor: 'black',
        shadowBlur: 8,
        shadowOpacity: 0.25,
        shadowOffset: { x: 2, y: 3 },
      }),
    );
    group.add(
      new K.Text({
        x: 14,
        y: 14,
        width: args.note - 28,
        text: `${i + 1}. Tiltak for bedre kollektivtransport til skolen`,
        fontSize: 20,
      }),
    );
    layer.add(group);
  }
  stage.add(layer);
  layer.draw();
  (window as unknown as { __naive: unknown }).__naive = {
    setViewport(v: { x: number; y: number; scale: number }) {
      stage.position({ x: v.x, y: v.y });
      stage.scale({ x: v.scale, y: v.scale });
      stage.batchDraw();
    },
  };
  return performance.now() - started;
}
