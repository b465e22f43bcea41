import {
  CONTROL_KEYS,
  CONTROL_ROOT,
  IMPACT_CHAIN_KEY,
  IMPACT_LIMITS,
  isKind,
  MEASUREMENTS_KEY,
  readImpactChain,
  readMeasurements,
  sortMeasurements,
  type ImpactChain,
  type Measurement,
} from '@moteplass/shared';
import { boardItem, defineAction } from './define.js';
import { AppError } from '../http/errors.js';
import { newId } from '../workshops/ids.js';

/**
 * The impact chain and its measurements (issue 18). The chain is co-created
 * like the cards it links: anyone in the workshop may edit it unless the
 * facilitator has locked the board (IMPACT-1). Measurements are the
 * facilitator's record of the case's figures (IMPACT-2).
 */
export const setImpactChain = defineAction({
  type: 'setImpactChain',
  allowed: 'member',
  async run(context, patch) {
    const { workshopId } = context.peer;
    const control = await context.rooms.get(workshopId, 'control');
    if (
      control.doc.getMap(CONTROL_ROOT).get(CONTROL_KEYS.locked) === true &&
      !context.peer.facilitator
    ) {
      throw new AppError('BOARD_LOCKED', 'The facilitator has locked the board');
    }
    const activities = patch.activities ? [...new Set(patch.activities)] : undefined;
    for (const id of activities ?? []) {
      if (!isKind(await boardItem(context, id), 'action')) {
        throw new AppError(
          'BAD_REQUEST',
          `Activity ${JSON.stringify(id)} is not an action card on the board`,
        );
      }
    }
    const chain = await context.rooms.change(workshopId, 'control', (doc) => {
      const state = doc.getMap(CONTROL_ROOT);
      const current = readImpactChain(state.get(IMPACT_CHAIN_KEY));
      const next: ImpactChain = {
        goal: patch.goal !== undefined ? patch.goal.trim() : current.goal,
        targetGroups: patch.targetGroups
          ? patch.targetGroups.map((g) => ({
              name: g.name.trim(),
              successGoal: g.successGoal.trim(),
            }))
          : current.targetGroups,
        hypothesis: patch.hypothesis
          ? {
              if: patch.hypothesis.if.trim(),
              then: patch.hypothesis.then.trim(),
              because: patch.hypothesis.because.trim(),
            }
          : current.hypothesis,
        activities: activities ?? current.activities,
      };
      state.set(IMPACT_CHAIN_KEY, next);
      return next;
    });
    return { impactChain: chain };
  },
});

/** Whether `date` (`YYYY-MM-DD`) is a day of the calendar, not 2026-02-30. */
function isCalendarDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

export const recordMeasurement = defineAction({
  type: 'recordMeasurement',
  allowed: 'facilitator',
  async run(context, { indicatorId, value, date, note }) {
    if (!isCalendarDate(date)) throw new AppError('BAD_REQUEST', `${date} is not a date`);
    if (!isKind(await boardItem(context, indicatorId), 'indicator')) {
      throw new AppError('INDICATOR_NOT_FOUND', 'No such indicator card on the board');
    }
    const { workshopId } = context.peer;
    const measurement: Measurement = {
      id: newId(),
      value,
      date,
      note: note?.trim() ?? '',
      meetupId: workshopId,
    };
    const stored = await context.rooms.change(workshopId, 'control', (doc) => {
      const state = doc.getMap(CONTROL_ROOT);
      const all = readMeasurements(state.get(MEASUREMENTS_KEY));
      const list = all[indicatorId] ?? [];
      if (list.length >= IMPACT_LIMITS.measurementsPerIndicator) return false;
      state.set(MEASUREMENTS_KEY, {
        ...all,
        [indicatorId]: sortMeasurements([...list, measurement]),
      });
      return true;
    });
    if (!stored) {
      throw new AppError(
        'TOO_MANY_MEASUREMENTS',
        `An indicator keeps at most ${IMPACT_LIMITS.measurementsPerIndicator} measurements`,
      );
    }
    return { measurementId: measurement.id };
  },
});

export const deleteMeasurement = defineAction({
  type: 'deleteMeasurement',
  allowed: 'facilitator',
  async run(context, { indicatorId, measurementId }) {
    const deleted = await context.rooms.change(context.peer.workshopId, 'control', (doc) => {
      const state = doc.getMap(CONTROL_ROOT);
      const all = readMeasurements(state.get(MEASUREMENTS_KEY));
      const list = all[indicatorId] ?? [];
      const kept = list.filter((m) => m.id !== measurementId);
      if (kept.length === list.length) return false;
      const next = { ...all, [indicatorId]: kept };
      if (kept.length === 0) delete next[indicatorId];
      state.set(MEASUREMENTS_KEY, next);
      return true;
    });
    if (!deleted) throw new AppError('MEASUREMENT_NOT_FOUND', 'No such measurement');
  },
});
