import type { Point } from '../contract';
import type { Handle, Rect } from '../geometry';

/** The canvas tools, in toolbar order. */
export const TOOL_IDS = [
  'select',
  'hand',
  'note',
  'text',
  'shape',
  'connector',
  'frame',
  'pen',
] as const;
export type ToolId = (typeof TOOL_IDS)[number];

/** Tools that write to the board (off while it is locked). */
export const WRITING_TOOLS: ReadonlySet<ToolId> = new Set([
  'note',
  'text',
  'shape',
  'connector',
  'frame',
  'pen',
]);

/** One pointer event as a tool sees it: already hit-tested against the board. */
export interface PointerInput {
  world: Point;
  screen: Point;
  shift: boolean;
  /** The front-most item under the pointer, if any. */
  hit: string | null;
  /** The resize handle of the selection under the pointer, if any. */
  handle: Handle | null;
  /** 2 on a double click. */
  clicks: number;
}

export type ToolEvent =
  | ({ type: 'down' } & PointerInput)
  | ({ type: 'move' } & PointerInput)
  | ({ type: 'up' } & PointerInput)
  | { type: 'cancel' };

/** What a tool may ask about the board; the canvas answers from its model. */
export interface ToolContext {
  selection: readonly string[];
  scale: number;
  rectOf(id: string): Rect | undefined;
  /** Items wholly inside a world box. */
  idsInside(area: Rect): string[];
  /** The ids that move when these are dragged (a frame carries its contents). */
  dragSet(ids: readonly string[]): string[];
  /** The ids that a resize of the selection scales (not connectors: they follow their ends). */
  resizeSet(ids: readonly string[]): string[];
  /** Whether a connector may start or end at this item. */
  connectable(id: string): boolean;
  readOnly: boolean;
}

/** Transient drawing on the interactive layer while a gesture is under way. */
export type Preview =
  | { kind: 'move'; ids: string[]; dx: number; dy: number }
  | { kind: 'resize'; rects: ReadonlyMap<string, Rect> }
  | { kind: 'box'; rect: Rect }
  | { kind: 'draft'; rect: Rect; itemType: 'shape' | 'frame' }
  | { kind: 'stroke'; points: number[] }
  | { kind: 'link'; from: string; to: Point; target: string | null };

/** What a new item is, before the canvas adds ids, authors and phase. */
export type CreateSpec =
  | { kind: 'note' | 'text'; at: Point }
  | { kind: 'shape' | 'frame'; rect: Rect }
  | { kind: 'drawing'; points: number[] }
  | { kind: 'connector'; from: string; to: string };

export type ToolEffect =
  | { type: 'select'; ids: string[] }
  | { type: 'preview'; preview: Preview | null }
  | { type: 'move'; ids: string[]; dx: number; dy: number }
  /** Several items at once are one write (one undo step). */
  | { type: 'resize'; rects: ReadonlyMap<string, Rect> }
  | { type: 'create'; spec: CreateSpec }
  | { type: 'pan'; dx: number; dy: number }
  | { type: 'edit'; id: string };

export interface Step<S> {
  state: S;
  effects: ToolEffect[];
}

/**
 * A tool is a small state machine: a pure function from (state, event) to the
 * next state and the effects the canvas carries out (writes, selection,
 * previews). No Konva, no DOM, no Yjs: tested as plain functions.
 */
export interface Tool<S> {
  id: ToolId;
  initial: S;
  transition(state: S, event: ToolEvent, ctx: ToolContext): Step<S>;
}

/** Pointer travel, screen pixels, below which a press counts as a click. */
export const CLICK_SLOP = 4;

export function travelled(a: Point, b: Point): boolean {
  return Math.hypot(a.x - b.x, a.y - b.y) > CLICK_SLOP;
}

export const stay = <S>(state: S): Step<S> => ({ state, effects: [] });
