import { NOTE_COLORS, type NoteColor, type ShapeKind } from '@moteplass/shared';
import { createStore } from 'zustand/vanilla';
import type { Point, Viewport } from './contract';
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
  /** Silent writing: where a new private draft is being written (world units), if one is. */
  draftAt: Point | null;
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
    draftAt: null,
    noteColor: NOTE_COLORS[0],
    shapeKind: 'rectangle',
    spaceHeld: false,
    announcement: '',
  }));
}

export type CanvasStore = ReturnType<typeof createCanvasStore>;

/** The UI state's patch once items are gone (deleted here or by others); null when nothing changes. */
export function prunedSelection(
  state: CanvasUiState,
  exists: (id: string) => boolean,
): Partial<CanvasUiState> | null {
  const { selection, focused, editing } = state;
  const live = selection.filter(exists);
  const patch: Partial<CanvasUiState> = {};
  if (live.length !== selection.length) patch.selection = live;
  if (focused && !exists(focused)) patch.focused = null;
  if (editing && !exists(editing)) patch.editing = null;
  return Object.keys(patch).length > 0 ? patch : null;
}
