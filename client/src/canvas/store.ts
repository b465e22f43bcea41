import { NOTE_COLORS, type NoteColor, type ShapeKind } from '@moteplass/shared';
import { createStore } from 'zustand/vanilla';
import type { Viewport } from './contract';
import type { Preview, ToolId } from './tools';

/**
 * The canvas's local UI state (one store per canvas). The board itself is
 * never copied in here: it stays in Yjs and is read through BoardModel.
 */
export interface CanvasUiState {
  viewport: Viewport;
  width: number;
  height: number;
  tool: ToolId;
  selection: string[];
  preview: Preview | null;
  /** The item keyboard focus is on (Tab), drawn with a focus ring. */
  focused: string | null;
  /** The item whose text is open in the editor. */
  editing: string | null;
  noteColor: NoteColor;
  shapeKind: ShapeKind;
  /** Space held: any drag pans. */
  spaceHeld: boolean;
  /** Last thing to tell a screen reader (a polite live region). */
  announcement: string;
}

export function createCanvasStore() {
  return createStore<CanvasUiState>(() => ({
    viewport: { x: 0, y: 0, scale: 1 },
    width: 0,
    height: 0,
    tool: 'select',
    selection: [],
    preview: null,
    focused: null,
    editing: null,
    noteColor: NOTE_COLORS[0],
    shapeKind: 'rectangle',
    spaceHeld: false,
    announcement: '',
  }));
}

export type CanvasStore = ReturnType<typeof createCanvasStore>;
