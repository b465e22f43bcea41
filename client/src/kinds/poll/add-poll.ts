import {
  LIMITS,
  POLL_MAX_OPTIONS,
  POLL_MIN_OPTIONS,
  type PhaseId,
  type PollItem,
  type Role,
} from '@moteplass/shared';
import type * as Y from 'yjs';
import { gridPosition, insertItem, itemsInPhase, newItemId } from '../../board/placement';

/** A new poll card's size, world units: room for the question and eight rows. */
export const POLL_SIZE = { w: 320, h: 300 } as const;

export interface NewPoll {
  question: string;
  options: string[];
}

/** The poll as it will be stored: trimmed, empty options left out; null when it is not a poll yet. */
export function pollFields(draft: NewPoll): NewPoll | null {
  const question = draft.question.trim().slice(0, LIMITS.titleLength);
  const options = draft.options
    .map((option) => option.trim().slice(0, LIMITS.cardFieldLength))
    .filter(Boolean);
  if (!question || options.length < POLL_MIN_OPTIONS || options.length > POLL_MAX_OPTIONS)
    return null;
  return { question, options };
}

/** Put a poll card into `phase`, after what is there; returns its id. */
export function addPoll(
  items: Y.Map<unknown>,
  poll: NewPoll,
  phase: PhaseId,
  by: { author: string; authorRole: Role | null; now?: number },
): string {
  const id = newItemId();
  const { x, y } = gridPosition(phase, itemsInPhase(items, phase));
  const fields: PollItem = {
    type: 'poll',
    x,
    y,
    ...POLL_SIZE,
    phase,
    createdAt: by.now ?? Date.now(),
    author: by.author,
    ...(by.authorRole ? { authorRole: by.authorRole } : {}),
    question: poll.question,
    options: poll.options,
  };
  insertItem(items, id, fields);
  return id;
}
