import {
  IMPACT_CHAIN_KEY,
  MEASUREMENTS_KEY,
  readImpactChain,
  readMeasurements,
  type ActionCardItem,
  type BoardItem,
  type ImpactChain,
  type IndicatorItem,
  type Measurements,
} from '@moteplass/shared';
import type * as Y from 'yjs';
import { isActionCard, isIndicator } from '../kinds';
import type { BoardItemEntry } from '../sync';
import { useYMapSnapshot } from '../sync';

export interface ImpactSnapshot {
  chain: ImpactChain;
  measurements: Measurements;
}

export function readImpactSnapshot(map: Y.Map<unknown>): ImpactSnapshot {
  return {
    chain: readImpactChain(map.get(IMPACT_CHAIN_KEY)),
    measurements: readMeasurements(map.get(MEASUREMENTS_KEY)),
  };
}

/** The impact chain and the measurements as the server keeps them in the control document. */
export function useImpact(map: Y.Map<unknown>): ImpactSnapshot {
  return useYMapSnapshot(map, readImpactSnapshot, false);
}

export interface Indicator {
  id: string;
  item: IndicatorItem;
  /** Indicator v2 fields (the kinds work adds them to the card); '' where the card has none. */
  dataSource: string;
  measuredBy: string;
  schedule: string;
}

function optionalText(item: BoardItem, key: string): string {
  const value = (item as unknown as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : '';
}

/** The board's indicator cards, in board order, with the fields the chain shows. */
export function indicatorsOf(items: readonly BoardItemEntry[]): Indicator[] {
  return items.flatMap(({ id, item }) =>
    isIndicator(item)
      ? [
          {
            id,
            item,
            // A v1 card's "how we measure it" is the nearest thing to a data source.
            dataSource: item.dataSource,
            measuredBy: optionalText(item, 'measuredBy'),
            schedule: optionalText(item, 'schedule'),
          },
        ]
      : [],
  );
}

/** The board's action cards: the chain's activities are chosen among them. */
export function actionCardsOf(
  items: readonly BoardItemEntry[],
): { id: string; item: ActionCardItem }[] {
  return items.flatMap(({ id, item }) => (isActionCard(item) ? [{ id, item }] : []));
}
