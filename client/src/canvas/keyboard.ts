import type { ToolId } from './tools';

/** What a key press on the canvas means; null when the canvas leaves the key alone. */
export type KeyCommand =
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'delete' }
  | { type: 'duplicate' }
  | { type: 'selectAll' }
  | { type: 'restack'; direction: 'forward' | 'back' }
  | { type: 'nudge'; dx: number; dy: number }
  | { type: 'focusNext'; backwards: boolean }
  | { type: 'edit' }
  | { type: 'escape' }
  | { type: 'tool'; tool: ToolId }
  | { type: 'zoom'; factor: number }
  | { type: 'zoomFit' }
  /** Fit the selection, or the phase being viewed when nothing is selected. */
  | { type: 'zoomPhase' }
  | { type: 'zoomReset' };

export interface KeyInput {
  key: string;
  shift: boolean;
  /** Ctrl on Windows and Linux, ⌘ on a Mac. */
  mod: boolean;
  alt: boolean;
  /** The physical key (`Digit1`): Shift+1 is `!` in one layout and something else in another. */
  code?: string;
}

const TOOL_KEYS: Record<string, ToolId> = {
  v: 'select',
  h: 'hand',
  n: 'note',
  t: 'text',
  s: 'shape',
  c: 'connector',
  f: 'frame',
  p: 'pen',
};

/** Arrow keys move the focused item by this much, world units (with Shift, five times). */
export const NUDGE = 10;

export function keyCommand(input: KeyInput): KeyCommand | null {
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  if (input.mod) {
    // As in every drawing tool (and instead of the browser zooming the page).
    if (key === '+' || key === '=') return { type: 'zoom', factor: 1.25 };
    if (key === '-') return { type: 'zoom', factor: 0.8 };
    if (key === '0') return { type: 'zoomReset' };
    if (key === 'z') return input.shift ? { type: 'redo' } : { type: 'undo' };
    if (key === 'y') return { type: 'redo' };
    if (key === 'd') return { type: 'duplicate' };
    if (key === 'a') return { type: 'selectAll' };
    if (key === ']') return { type: 'restack', direction: 'forward' };
    if (key === '[') return { type: 'restack', direction: 'back' };
    return null;
  }
  if (input.alt) return null;
  if (input.shift && !input.mod) {
    // tldraw and Figma: Shift+1 everything, Shift+2 the selection, Shift+0 100 %.
    const digit = input.code?.startsWith('Digit') ? input.code.slice(5) : null;
    if (digit === '1' || key === '!') return { type: 'zoomFit' };
    if (digit === '2' || key === '@') return { type: 'zoomPhase' };
    if (digit === '0') return { type: 'zoomReset' };
  }
  const step = input.shift ? NUDGE * 5 : NUDGE;
  switch (key) {
    case 'Tab':
      return { type: 'focusNext', backwards: input.shift };
    case 'ArrowLeft':
      return { type: 'nudge', dx: -step, dy: 0 };
    case 'ArrowRight':
      return { type: 'nudge', dx: step, dy: 0 };
    case 'ArrowUp':
      return { type: 'nudge', dx: 0, dy: -step };
    case 'ArrowDown':
      return { type: 'nudge', dx: 0, dy: step };
    case 'Enter':
    case 'F2':
      return { type: 'edit' };
    case 'Delete':
    case 'Backspace':
      return { type: 'delete' };
    case 'Escape':
      return { type: 'escape' };
    case '+':
    case '=':
      return { type: 'zoom', factor: 1.25 };
    case '-':
      return { type: 'zoom', factor: 0.8 };
    default:
      return TOOL_KEYS[key] && !input.shift ? { type: 'tool', tool: TOOL_KEYS[key] } : null;
  }
}
