import { CARD_STYLE, type PollItem } from '@moteplass/shared';
import { drawCard } from './card.js';
import type { KindDrawing } from './kind-drawing.js';

/**
 * The question on top and the options below it, one a line. The tallies are
 * in the report's poll table, not on the card: the drawing shows the board as
 * people saw it.
 */
export const drawPoll: KindDrawing<PollItem> = (item, context) =>
  drawCard(
    item,
    {
      style: CARD_STYLE.poll,
      header: item.question,
      body: item.options.map((option) => `• ${option}`).join('\n'),
      footer: context.words.itemType(item.type),
    },
    context,
  );
