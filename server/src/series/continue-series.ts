import {
  BOARD_ITEMS,
  CONTROL_ROOT,
  IMPACT_CHAIN_KEY,
  MEASUREMENTS_KEY,
  REFLECTION_HISTORY_KEY,
  parseBoardItem,
  readImpactChain,
  readMeasurements,
  readReflectionHistory,
  type CreateWorkshopBody,
} from '@moteplass/shared';
import * as Y from 'yjs';
import { AppError } from '../http/errors.js';
import type { RoomRegistry } from '../rooms/index.js';
import { boardItemsJSON } from '../rooms/validation/index.js';
import type { Storage } from '../storage/index.js';
import { keyMatches } from '../workshops/ids.js';
import type { CreatedWorkshop, WorkshopService } from '../workshops/service.js';

/** The board items a new meetup takes over: the produce phase's "who does what" and its indicators. */
const CARRIED_TYPES: ReadonlySet<string> = new Set(['action', 'indicator']);

/**
 * The next meetup of a series (SERIES-1, SERIES-2): allowed with the earlier
 * meetup's facilitator key only. It continues the case: the case description
 * (unless a new one is given), the produce phase's action and indicator cards
 * with the same item ids (so measurements chain across meetups), the impact
 * chain, the measurements and the reflection history. Not the participants,
 * their sessions, notes, drafts or votes: they belong to the earlier meetup
 * and its export.
 */
export async function continueSeries(
  deps: { workshops: WorkshopService; rooms: RoomRegistry; storage: Storage },
  body: CreateWorkshopBody & { seriesOf: string },
  now = Date.now(),
): Promise<CreatedWorkshop> {
  if (!body.seriesKey) {
    throw new AppError(
      'SERIES_KEY_REQUIRED',
      'seriesOf needs seriesKey: the earlier meetup’s facilitator key',
    );
  }
  const earlier = await deps.storage.getWorkshop(body.seriesOf);
  if (!earlier) throw new AppError('WORKSHOP_NOT_FOUND', 'No such workshop to continue');
  if (!keyMatches(body.seriesKey, earlier.facilitatorKeyHash)) {
    throw new AppError(
      'SERIES_KEY_INVALID',
      'seriesKey is not the earlier meetup’s facilitator key',
    );
  }
  const [earlierBoard, earlierControl] = await Promise.all([
    deps.rooms.get(earlier.id, 'board'),
    deps.rooms.get(earlier.id, 'control'),
  ]);
  // Read at once: a room may unload after this turn.
  const cards = Object.entries(boardItemsJSON(earlierBoard.doc)).filter(([, fields]) => {
    const item = parseBoardItem(fields);
    return item !== null && item.phase === 'produce' && CARRIED_TYPES.has(item.type);
  });
  const state = earlierControl.doc.getMap(CONTROL_ROOT);
  const chain = readImpactChain(state.get(IMPACT_CHAIN_KEY));
  const measurements = readMeasurements(state.get(MEASUREMENTS_KEY));
  const history = readReflectionHistory(state.get(REFLECTION_HISTORY_KEY));

  const created = await deps.workshops.create(
    {
      title: body.title,
      caseDescription: body.caseDescription ?? earlier.caseDescription,
      language: body.language ?? earlier.language,
      ...(body.template ? { template: body.template } : {}),
    },
    now,
  );
  const id = created.workshop.id;
  if (cards.length > 0) {
    const board = await deps.rooms.get(id, 'board');
    await board.change((doc) => {
      const map = doc.getMap<Y.Map<unknown>>(BOARD_ITEMS);
      for (const [itemId, fields] of cards) {
        // The author was a participant of the earlier meetup; their id means nothing here.
        const { author: _author, ...rest } = fields;
        map.set(itemId, new Y.Map(Object.entries(rest)));
      }
    });
  }
  await deps.rooms.change(id, 'control', (doc) => {
    const control = doc.getMap(CONTROL_ROOT);
    control.set(IMPACT_CHAIN_KEY, chain);
    control.set(MEASUREMENTS_KEY, measurements);
    control.set(REFLECTION_HISTORY_KEY, history);
  });
  await deps.storage.series.joinSeries(earlier.id, id);
  return created;
}
