import { CARD_STYLE } from '../../canvas/render/style';
import { cardText, drawCard } from '../card';
import type { ClientKind } from '../types';

/** Produce phase: an impact indicator, from its baseline to its target. */
export const indicator: ClientKind<'indicator'> = {
  type: 'indicator',
  placement: 'box',
  draw(ctx, item, r, { view }) {
    const footer = [item.baseline, item.target].filter(Boolean).join(' → ');
    drawCard(ctx, r, CARD_STYLE.indicator, item.text, footer, view);
  },
  blockFill: () => CARD_STYLE.indicator.fill,
  words: (item) => item.text,
  connectable: true,
  edit: cardText(),
  // The produce phase's cards have a list of their own (ProduceCards).
  listed: () => false,
};
