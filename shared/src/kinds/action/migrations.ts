import type { ItemMigration } from '../kind.js';

/**
 * Action 1 → 2: a card gets a `status` (issue 18: a series follows its
 * actions from meetup to meetup). Every card made before there was one is
 * `planned`; nothing else changes.
 */
export const actionStatus: ItemMigration = {
  name: 'action/2-status',
  from: 1,
  up(item) {
    const written = item['status'];
    return {
      ...item,
      // A newer client may already have set one on an old card: keep what it wrote.
      status: typeof written === 'string' && written !== '' ? written : 'planned',
      v: 2,
    };
  },
};
