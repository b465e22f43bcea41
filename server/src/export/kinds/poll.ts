import { CARD_STYLE, type PollItem } from '@moteplass/shared';
import { drawCard } from './card.js';
import type { KindDrawing } from './kind-drawing.js';

/**
 * "Avstemning" on top, the question and the options below it, one a line. The tallies are
 * in the report's poll table, not on the card: the drawing shows the board as
 * people saw it.
 */
export const drawPoll: KindDrawing<PollItem> = (item, context) =>
  drawCard(
    item,
    {
      style: CARD_STYLE.poll,
      header: context.words.itemType(item.type),
      // The question may be long: it wraps in the body, the options below it.
      body: [item.question, ...item.options.map((option) => `• ${option}`)].join('\n'),
      footer: '',
    },
    context,
  );
