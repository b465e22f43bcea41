import type { ReactNode } from 'react';
import type { ToolId } from './tools';

/** Small line icons for the palette (24×24, currentColor); their names come from the buttons. */
const PATHS: Record<
  ToolId | 'undo' | 'redo' | 'delete' | 'duplicate' | 'forward' | 'back',
  ReactNode
> = {
  select: <path d="M5 3l14 8-6 1.5L10 19z" />,
  hand: (
    <path d="M8 13V5.5a1.5 1.5 0 013 0V12m0-1V4.5a1.5 1.5 0 013 0V12m0-6.5a1.5 1.5 0 013 0V14c0 4-2.5 7-6 7s-5-1.5-7-5l-1.5-2.5a1.4 1.4 0 012.3-1.6L8 14" />
  ),
  note: (
    <>
      <path d="M4 4h16v11l-5 5H4z" />
      <path d="M15 20v-5h5" />
    </>
  ),
  text: <path d="M5 5h14M12 5v14M9 19h6" />,
  shape: (
    <>
      <rect x="3" y="3" width="10" height="10" />
      <circle cx="16" cy="16" r="5" />
    </>
  ),
  connector: (
    <>
      <circle cx="5" cy="19" r="2" />
      <path d="M7 17L19 5M13 5h6v6" />
    </>
  ),
  frame: <path d="M7 3v18M17 3v18M3 7h18M3 17h18" />,
  pen: <path d="M4 20l4-1 11-11-3-3L5 16zM14 7l3 3" />,
  undo: <path d="M9 14L4 9l5-5M4 9h10a6 6 0 010 12h-3" />,
  redo: <path d="M15 14l5-5-5-5M20 9H10a6 6 0 000 12h3" />,
  delete: <path d="M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13M10 11v6M14 11v6" />,
  duplicate: (
    <>
      <rect x="8" y="8" width="12" height="12" />
      <path d="M16 8V4H4v12h4" />
    </>
  ),
  forward: <path d="M12 19V5M6 11l6-6 6 6M5 21h14" />,
  back: <path d="M12 5v14M6 13l6 6 6-6M5 3h14" />,
};

export type IconName = keyof typeof PATHS;

export function ToolIcon({ name }: { name: IconName }) {
  return (
    <svg
      className="tool-icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name]}
    </svg>
  );
}
