import { CARD_STYLE, type IndicatorItem } from '@moteplass/shared';
import { drawCard } from './card.js';
import type { KindDrawing } from './kind-drawing.js';

/** The level (output, outcome, impact) on top, what is measured, and baseline → target. */
export const drawIndicator: KindDrawing<IndicatorItem> = (item, context) =>
  drawCard(
    item,
    {
      style: CARD_STYLE.indicator,
      header: context.words.catalogue.export.indicatorKinds[item.kind],
      body: item.text,
      footer: [item.baseline, item.target].filter(Boolean).join(' → '),
    },
    context,
  );
