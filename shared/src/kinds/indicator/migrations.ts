import type { ItemMigration } from '../kind.js';

/**
 * Indicator 1 → 2: the free-text `measure` becomes `dataSource`, and the
 * impact chain's `measuredBy` and `schedule` start empty. Nothing is lost:
 * every word of `measure` is in `dataSource`.
 */
export const indicatorDataSource: ItemMigration = {
  name: 'indicator/2-data-source',
  from: 1,
  up(item) {
    const { measure, ...rest } = item;
    // A client that already knows version 2 may have written `dataSource` on an item an
    // older client made (without `v`): what it wrote is the newer word.
    const written = rest['dataSource'];
    return {
      ...rest,
      dataSource:
        typeof written === 'string' && written !== ''
          ? written
          : typeof measure === 'string'
            ? measure
            : '',
      measuredBy: typeof rest['measuredBy'] === 'string' ? rest['measuredBy'] : '',
      schedule: typeof rest['schedule'] === 'string' ? rest['schedule'] : '',
      v: 2,
    };
  },
};
