import { LIMITS } from '@moteplass/shared';
import { drawText } from '../../canvas/render/text-plan';
import type { ClientKind } from '../types';

/**
 * Template prompts (`prompt-<phase>-<n>`, server/src/workshops/template.ts)
 * are texts that belong to their phase's frame: the phase panel shows them,
 * and zoomed out they are listed with the frame's title above it.
 */
export function isPrompt(id: string): boolean {
  return id.startsWith('prompt-');
}

/** Free text on the board, no background. */
export const text: ClientKind<'text'> = {
  type: 'text',
  placement: 'box',
  draw(ctx, item, r, { view }) {
    drawText(ctx, item.text, r, { max: 24, min: 10 }, view);
  },
  blockFill: () => '#c9ccd1',
  words: (item) => item.text,
  connectable: true,
  edit: {
    key: 'text',
    max: LIMITS.itemTextLength,
    value: (item) => item.text,
    fontPx: 20,
    background: () => '#ffffff',
  },
  listed: (id) => !isPrompt(id),
};
