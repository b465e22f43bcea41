import { CARD_STYLE } from '../../canvas/render/style';
import { cardText, drawCard } from '../card';
import type { ClientKind } from '../types';

/** Produce phase: who does what, with which resources, by when. */
export const action: ClientKind<'action'> = {
  type: 'action',
  placement: 'box',
  // The status is read out and listed (ProduceCards); the card on the canvas keeps to who and when.
  draw(ctx, item, r, { view }) {
    const footer = [item.owner, item.dueDate].filter(Boolean).join(' · ');
    drawCard(ctx, r, CARD_STYLE.action, item.text, footer, view);
  },
  blockFill: () => CARD_STYLE.action.fill,
  words: (item) => item.text,
  connectable: true,
  edit: cardText(),
  // The produce phase's cards have a list of their own (ProduceCards).
  listed: () => false,
  details: (item, { t }) =>
    `${t('itemKinds.action.status')}: ${t(`itemKinds.action.statuses.${item.status}`)}`,
};
