import { createHmac, randomBytes } from 'node:crypto';
import {
  CONTROL_ROOT,
  DEFAULT_REFLECTION_FIELDS,
  REFLECTION_HISTORY_KEY,
  REFLECTION_KEY,
  REFLECTION_LIMITS,
  isDefaultReflectionField,
  readReflection,
  readReflectionHistory,
  reflectionMeans,
  type ReflectionField,
  type ReflectionRound,
  type ReflectionState,
} from '@moteplass/shared';
import type { ActionContext } from '../actions/index.js';
import { defineAction } from './define.js';
import { AppError } from '../http/errors.js';
import { newId } from '../workshops/ids.js';
import { reflectionResults, shuffledComments } from './reflection-results.js';

/**
 * Process reflection (issue 18). The facilitator opens and closes a round;
 * anyone in the workshop answers while it is open. Storage holds the answers
 * without their author (REFL-4); the control document shows only how many
 * have answered until the close (REFL-3). A comment is never logged: nothing
 * here puts it into an error message or a log line.
 */

/** The round's fields from what the facilitator sent: default ids stay, other text becomes an own field. */
export function roundFields(requested: readonly string[] | undefined): ReflectionField[] {
  const fields: ReflectionField[] = [];
  const seen = new Set<string>();
  let custom = 0;
  for (const raw of requested ?? DEFAULT_REFLECTION_FIELDS) {
    const text = raw.trim();
    if (!text) throw new AppError('BAD_REQUEST', 'A reflection field needs a name');
    const field = isDefaultReflectionField(text) ? { id: text } : { id: '', label: text };
    const key = field.label ?? field.id;
    if (seen.has(key)) continue;
    seen.add(key);
    fields.push(field.label ? { id: `custom-${++custom}`, label: field.label } : field);
  }
  return fields;
}

export const startReflection = defineAction({
  type: 'startReflection',
  allowed: 'facilitator',
  async run(context, { fields: requested }) {
    const fields = roundFields(requested);
    const { workshopId } = context.peer;
    const round = {
      workshopId,
      roundId: newId(),
      secret: randomBytes(32).toString('base64url'),
      openedAt: context.now,
    };
    if (!(await context.storage.series.openReflectionRound(round))) {
      throw new AppError('REFLECTION_ALREADY_OPEN', 'Close the open reflection round first');
    }
    const shown: ReflectionState = {
      status: 'open',
      roundId: round.roundId,
      fields,
      responses: 0,
      openedAt: round.openedAt,
    };
    await context.rooms.change(workshopId, 'control', (doc) =>
      doc.getMap(CONTROL_ROOT).set(REFLECTION_KEY, shown),
    );
    return { roundId: round.roundId, fields };
  },
});

/** The answer's key: the same person gets the same key in one round, and nobody can reverse it without the round's secret. */
function answerKey(secret: string, participantId: string): string {
  return createHmac('sha256', secret).update(participantId).digest('base64url');
}

async function openRound(context: ActionContext) {
  const round = await context.storage.series.getOpenReflectionRound(context.peer.workshopId);
  if (!round) throw new AppError('NO_OPEN_REFLECTION', 'No reflection round is open');
  return round;
}

export const submitReflection = defineAction({
  type: 'submitReflection',
  allowed: 'member',
  async run(context, { ratings, comment }) {
    const round = await openRound(context);
    const room = await context.rooms.get(context.peer.workshopId, 'control');
    const shown = readReflection(room.doc.getMap(CONTROL_ROOT).get(REFLECTION_KEY));
    const ids = new Set(shown?.roundId === round.roundId ? shown.fields.map((f) => f.id) : []);
    const rated = Object.keys(ratings);
    if (rated.length === 0) throw new AppError('BAD_REQUEST', 'Rate at least one field');
    const unknown = rated.find((id) => !ids.has(id));
    if (unknown !== undefined) {
      throw new AppError(
        'UNKNOWN_REFLECTION_FIELD',
        `This round has no field ${JSON.stringify(unknown)}`,
      );
    }
    const text = comment?.trim() ?? '';
    const saved = await context.storage.series.saveReflectionAnswer(
      context.peer.workshopId,
      round.roundId,
      answerKey(round.secret, context.peer.participantId),
      { role: context.peer.role, ratings, comment: text || null },
    );
    if (!saved) throw new AppError('NO_OPEN_REFLECTION', 'The reflection round was closed');
    await context.rooms.change(context.peer.workshopId, 'control', (doc) => {
      const state = doc.getMap(CONTROL_ROOT);
      const current = readReflection(state.get(REFLECTION_KEY));
      // Counts only grow while a round is open; an older count never overwrites a newer one.
      if (current?.status !== 'open' || current.roundId !== round.roundId) return;
      if (current.responses >= saved.responses) return;
      state.set(REFLECTION_KEY, { ...current, responses: saved.responses });
    });
    return { roundId: round.roundId, replaced: saved.replaced };
  },
});

export const closeReflection = defineAction({
  type: 'closeReflection',
  allowed: 'facilitator',
  async run(context) {
    const { workshopId } = context.peer;
    const round = await openRound(context);
    // Under the control room's lock: the answers taken, the results computed and published in one go.
    const closed = await context.rooms.exclusively(workshopId, 'control', async (room) => {
      const answers = await context.storage.series.closeReflectionRound(workshopId, round.roundId);
      if (!answers) return null;
      let state: ReflectionState | null = null;
      await room.change((doc) => {
        const control = doc.getMap(CONTROL_ROOT);
        const shown = readReflection(control.get(REFLECTION_KEY));
        const fields = shown?.roundId === round.roundId ? shown.fields : [];
        const history = readReflectionHistory(control.get(REFLECTION_HISTORY_KEY));
        const previous = history.findLast((r) => r.meetupId !== workshopId);
        const results = reflectionResults(fields, answers);
        const comments = shuffledComments(answers);
        state = {
          status: 'closed',
          roundId: round.roundId,
          fields,
          responses: answers.length,
          openedAt: round.openedAt,
          closedAt: context.now,
          results,
          ...(previous ? { previous: reflectionMeans(previous.results) } : {}),
          comments,
        };
        const kept: ReflectionRound = {
          roundId: round.roundId,
          meetupId: workshopId,
          fields,
          responses: answers.length,
          openedAt: round.openedAt,
          closedAt: context.now,
          results,
          comments,
        };
        control.set(REFLECTION_KEY, state);
        control.set(
          REFLECTION_HISTORY_KEY,
          [...history, kept].slice(-REFLECTION_LIMITS.historyKept),
        );
      });
      return state;
    });
    if (!closed)
      throw new AppError('NO_OPEN_REFLECTION', 'The reflection round was closed already');
    return { reflection: closed };
  },
});
