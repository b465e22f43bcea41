import { useStore } from 'zustand';
import type { CanvasController } from './controller';
import type { CanvasUiState } from './store';

/** Read a slice of the canvas's UI state; re-renders only when that slice changes. */
export function useCanvas<T>(controller: CanvasController, select: (s: CanvasUiState) => T): T {
  return useStore(controller.store, select);
}
