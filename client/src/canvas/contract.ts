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
  /** Rendered inside the Stage, above the items: react-konva nodes, in a `<Layer listening={false}>`. */
  renderOverlay?: (viewport: Viewport) => ReactNode;
  /** The pointer in world coordinates; null when it leaves the canvas. */
  onPointerWorld?: (p: Point | null) => void;
  onSelectionChange?: (ids: string[]) => void;
  /** When set (follow mode), the canvas moves there. */
  viewportRequest?: Viewport | null;
  onViewportChange?: (v: Viewport) => void;
}
