import {
  CONTROL_ROOT,
  IMPACT_CHAIN_KEY,
  readImpactChain,
  type ImpactChain,
  MEASUREMENTS_KEY,
  REFLECTION_HISTORY_KEY,
  indicatorStatus,
  parseBoardItem,
  readMeasurements,
  readReflectionHistory,
  reflectionMeans,
  type SeriesAction,
  type SeriesIndicator,
  type SeriesMeetup,
  type SeriesReply,
  isKind,
} from '@moteplass/shared';
import { AppError } from '../http/errors.js';
import type { RoomRegistry } from '../rooms/index.js';
import { boardItemsJSON } from '../rooms/validation/index.js';
import type { Storage } from '../storage/index.js';

const optionalText = (fields: Record<string, unknown>, key: string) =>
  typeof fields[key] === 'string' ? { [key]: fields[key] as string } : {};

/**
 * The series a meetup belongs to (SERIES-3): its meetups in order with their
 * own reflection rounds, and the case's indicators and actions as the latest
 * meetup holds them. The latest meetup carries every earlier measurement
 * over, so its measurements are the series'. A lone meetup is a series of one.
 */
export async function buildSeries(
  storage: Storage,
  rooms: RoomRegistry,
  workshopId: string,
): Promise<SeriesReply> {
  const self = await storage.workshops.get(workshopId);
  if (!self) throw new AppError('WORKSHOP_NOT_FOUND', 'No such workshop');
  const membership = await storage.series.seriesOf(workshopId);
  const seriesId = membership?.seriesId ?? workshopId;
  const listed = membership
    ? await storage.series.listSeries(seriesId)
    : [{ workshopId, index: 1 }];

  const meetups: SeriesMeetup[] = [];
  for (const { workshopId: id, index } of listed) {
    const workshop = id === workshopId ? self : await storage.workshops.get(id);
    if (!workshop) continue;
    const control = await rooms.get(id, 'control');
    const history = readReflectionHistory(
      control.doc.getMap(CONTROL_ROOT).get(REFLECTION_HISTORY_KEY),
    );
    meetups.push({
      id,
      title: workshop.title,
      createdAt: workshop.createdAt,
      index,
      reflections: history
        .filter((round) => round.meetupId === id)
        .map((round) => ({
          roundId: round.roundId,
          closedAt: round.closedAt,
          fields: round.fields,
          means: reflectionMeans(round.results),
          n: round.responses,
        })),
    });
  }

  const latest = meetups.at(-1)?.id ?? workshopId;
  const [board, control] = await Promise.all([
    rooms.get(latest, 'board'),
    rooms.get(latest, 'control'),
  ]);
  const measurements = readMeasurements(control.doc.getMap(CONTROL_ROOT).get(MEASUREMENTS_KEY));
  const indicators: SeriesIndicator[] = [];
  const actions: SeriesAction[] = [];
  for (const [id, fields] of Object.entries(boardItemsJSON(board.doc))) {
    const item = parseBoardItem(fields);
    if (isKind(item, 'indicator')) {
      const list = measurements[id] ?? [];
      indicators.push({
        id,
        text: item.text,
        kind: item.kind,
        baseline: item.baseline,
        target: item.target,
        ...optionalText(fields, 'dataSource'),
        ...optionalText(fields, 'measuredBy'),
        ...optionalText(fields, 'schedule'),
        measurements: list.map((m) => ({
          id: m.id,
          value: m.value,
          date: m.date,
          note: m.note,
          meetupId: m.meetupId ?? null,
        })),
        status: indicatorStatus(item.baseline, item.target, list),
      });
    } else if (isKind(item, 'action')) {
      actions.push({
        id,
        text: item.text,
        owner: item.owner,
        dueDate: item.dueDate,
        ...optionalText(fields, 'status'),
        meetupId: latest,
      });
    }
  }
  return { seriesId, meetups, indicators, actions };
}

/** The impact chain as the series' latest meetup holds it. */
export async function latestChain(rooms: RoomRegistry, series: SeriesReply): Promise<ImpactChain> {
  const latest = series.meetups.at(-1)?.id ?? series.seriesId;
  const control = await rooms.get(latest, 'control');
  return readImpactChain(control.doc.getMap(CONTROL_ROOT).get(IMPACT_CHAIN_KEY));
}
