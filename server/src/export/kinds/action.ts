import { CARD_STYLE, type ActionCardItem } from '@moteplass/shared';
import { drawCard } from './card.js';
import type { KindDrawing } from './kind-drawing.js';

/** "Tiltak" on top, what is to be done, and who by when at the foot. */
export const drawAction: KindDrawing<ActionCardItem> = (item, context) =>
  drawCard(
    item,
    {
      style: CARD_STYLE.action,
      header: context.words.itemType(item.type),
      body: item.text,
      footer: [item.owner, item.dueDate].filter(Boolean).join(' · '),
    },
    context,
  );
