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
/** A text box made with the text tool, in world units. */
export const TEXT_SIZE = { w: 320, h: 60 };

export const text: ClientKind<'text'> = {
  fromTool: ({ at }) => ({
    rect: { x: at.x - TEXT_SIZE.w / 2, y: at.y - TEXT_SIZE.h / 2, ...TEXT_SIZE },
    fields: { text: '' },
  }),
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
