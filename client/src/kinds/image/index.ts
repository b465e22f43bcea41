import { IMAGE_ALT_LENGTH } from '@moteplass/shared';
import { inset } from '../../canvas/render/shapes';
import { LINE, MUTED } from '../../canvas/render/style';
import { drawText } from '../../canvas/render/text-plan';
import type { ClientKind } from '../types';

/** An uploaded picture; its text alternative is what the list and a screen reader give. */
export const image: ClientKind<'image'> = {
  type: 'image',
  placement: 'box',
  draw(ctx, item, r, { images, view }) {
    const picture = images.get(item.imageId);
    if (picture) {
      ctx.drawImage(picture, r.x, r.y, r.w, r.h);
      return;
    }
    // Until the picture is loaded (or where it cannot be), its box and text alternative stand in.
    ctx.fillStyle = '#eceae4';
    ctx.fillRect(r.x, r.y, r.w, r.h);
    ctx.strokeStyle = LINE;
    ctx.lineWidth = 2;
    ctx.strokeRect(r.x, r.y, r.w, r.h);
    drawText(ctx, item.alt, inset(r, 14), { max: 18, min: 9, color: MUTED }, view);
  },
  blockFill: () => '#e3e1db',
  words: (item) => item.alt,
  connectable: true,
  edit: {
    key: 'alt',
    max: IMAGE_ALT_LENGTH,
    value: (item) => item.alt,
    fontPx: 20,
    background: () => '#ffffff',
  },
  listed: () => true,
  pictures: (item) => [item.imageId],
};
