import type { PhaseId } from '@moteplass/shared';
import type { ReactNode } from 'react';
import type { Session } from '../session';
import type { WorkshopConnection } from '../sync';

/** A point in world (board) units or in screen pixels; the name of the variable says which. */
export interface Point {
  x: number;
  y: number;
}

/** Where the board is on screen: screen = world * scale + (x, y). */
export interface Viewport {
  x: number;
  y: number;
  scale: number;
}

/** Screen pixels along each edge that panels floating over the canvas cover. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The canvas's size on screen, CSS pixels. */
export interface CanvasSize {
  width: number;
  height: number;
}

/**
 * What the canvas takes from its page. The presence layer (cursors, others'
 * selections, follow mode) plugs in through `renderOverlay`, the pointer and
 * viewport callbacks and `viewportRequest`, without knowing the canvas inside.
 */
export interface CanvasBoardProps {
  connection: WorkshopConnection;
  session: Session;
  workshopId: string;
  /** The board is locked for this person: they can look and pan, not edit. */
  readOnly: boolean;
  /**
   * Rendered inside the Stage, above the items: react-konva nodes (Group,
   * Circle, Text, …) that the canvas puts in its own `<Layer listening={false}>`.
   * That layer is NOT transformed: draw in screen pixels and place world points
   * with `toScreen(p, viewport)` (screen = world * scale + (x, y)), so a cursor
   * label keeps its size at every zoom. Called again whenever the viewport moves.
   */
  renderOverlay?: (viewport: Viewport) => ReactNode;
  /** The pointer in world coordinates; null when it leaves the canvas. */
  onPointerWorld?: (p: Point | null) => void;
  onSelectionChange?: (ids: string[]) => void;
  /** When set (follow mode), the canvas moves there. */
  viewportRequest?: Viewport | null;
  /**
   * The viewport moved, or the canvas changed size (`size`, CSS pixels: with
   * the viewport it says what part of the board is visible).
   */
  onViewportChange?: (v: Viewport, size: CanvasSize) => void;
  /**
   * The phase this person is looking at: new items land in it (unless they
   * land in another phase's frame), and the view goes to its frame when it
   * changes. Without it, the workshop's phase.
   */
  phase?: PhaseId;
  /**
   * Silent writing in `phase`: a note made there with the note tool becomes
   * the person's private draft (`save`), never an item on the shared board.
   */
  silentDraft?: { phase: PhaseId; save: (text: string) => void } | null;
  /** A phone: the palette keeps only what a phone needs. */
  compact?: boolean;
  /**
   * Show this part of the board whole (a breakout group's frame); a new `key`
   * asks again, the same key never moves the view twice.
   */
  focusRect?: { rect: { x: number; y: number; w: number; h: number }; key: string } | null;
  /** What floats over the canvas's edges: fitting a phase or everything keeps clear of it. */
  insets?: Insets;
  /** The first frame with items is on screen (BoardViews then takes the board's picture away). */
  onFirstPaint?: () => void;
}

/** World point to screen pixels. */
export function toScreen(p: Point, v: Viewport): Point {
  return { x: p.x * v.scale + v.x, y: p.y * v.scale + v.y };
}

/** Screen pixels to world point. */
export function toWorld(p: Point, v: Viewport): Point {
  return { x: (p.x - v.x) / v.scale, y: (p.y - v.y) / v.scale };
}
