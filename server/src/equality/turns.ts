import {
  addTurn,
  orderQueue,
  speakerOf,
  type Airtime,
  type QueueOrder,
  type SpeakingState,
  type Speaker,
} from '@moteplass/shared';

/**
 * Speaking turns as pure state transitions: each takes the speaking state and
 * the airtime, and returns both as they are after the step. The action
 * handlers read, call one of these and write, in one synchronous step.
 */
export interface Floor {
  speaking: SpeakingState;
  airtime: Airtime;
}

/** The queue re-sorted after a change of order or of airtime. */
function sorted(floor: Floor): Floor {
  const { speaking, airtime } = floor;
  return {
    airtime,
    speaking: { ...speaking, queue: orderQueue(speaking.queue, speaking.order, airtime) },
  };
}

/** Close the current turn, if any, and add its length (server clock) to the airtime. */
export function finishTurn(floor: Floor, now: number): Floor {
  const current = floor.speaking.current;
  if (!current) return floor;
  const airtime = addTurn(floor.airtime, {
    participantId: current.participantId,
    role: current.role,
    ms: now - current.startedAt,
  });
  return sorted({ airtime, speaking: { ...floor.speaking, current: null } });
}

/** Give `speaker` the floor (ending whoever had it); they leave the queue and the round's list. */
export function grantTurn(floor: Floor, speaker: Speaker, now: number): Floor {
  const { speaking, airtime } = finishTurn(floor, now);
  const limit = speaking.turnLimitSeconds;
  const isSpeaker = (entry: Speaker) => entry.participantId === speaker.participantId;
  return {
    airtime,
    speaking: {
      ...speaking,
      queue: speaking.queue.filter((hand) => !isSpeaker(hand)),
      round: speaking.round
        ? { ...speaking.round, remaining: speaking.round.remaining.filter((s) => !isSpeaker(s)) }
        : null,
      current: { ...speakerOf(speaker), startedAt: now, endsAt: limit ? now + limit * 1000 : null },
    },
  };
}

/**
 * End the current turn. While a round is on, the next person in the round
 * gets the floor; after the last one the round is over.
 */
export function endTurn(floor: Floor, now: number, passed = false): Floor {
  const finished = finishTurn(floor, now);
  const round = finished.speaking.round;
  if (!round) return finished;
  const counted = { ...round, passed: round.passed + (passed ? 1 : 0) };
  const [next, ...rest] = counted.remaining;
  if (!next) return { ...finished, speaking: { ...finished.speaking, round: null } };
  const withRound = {
    ...finished,
    speaking: { ...finished.speaking, round: { ...counted, remaining: rest } },
  };
  return grantTurn(withRound, next, now);
}

/** Raise a hand; nothing changes for someone already waiting or speaking. */
export function raiseHand(floor: Floor, speaker: Speaker, now: number): Floor {
  const { speaking } = floor;
  const id = speaker.participantId;
  if (speaking.current?.participantId === id) return floor;
  if (speaking.queue.some((hand) => hand.participantId === id)) return floor;
  return sorted({
    airtime: floor.airtime,
    speaking: { ...speaking, queue: [...speaking.queue, { ...speakerOf(speaker), raisedAt: now }] },
  });
}

export function lowerHand(floor: Floor, participantId: string): Floor {
  const queue = floor.speaking.queue.filter((hand) => hand.participantId !== participantId);
  if (queue.length === floor.speaking.queue.length) return floor;
  return { ...floor, speaking: { ...floor.speaking, queue } };
}

/** A round: everybody in `people` speaks in turn, starting now with the first. */
export function startRound(floor: Floor, people: readonly Speaker[], now: number): Floor {
  const [first, ...rest] = people;
  if (!first) return floor;
  const finished = finishTurn(floor, now);
  const withRound: Floor = {
    ...finished,
    speaking: {
      ...finished.speaking,
      round: { remaining: rest.map(speakerOf), total: people.length, passed: 0 },
    },
  };
  return grantTurn(withRound, first, now);
}

/** Stop the round; whoever has the floor finishes now. */
export function endRound(floor: Floor, now: number): Floor {
  const finished = finishTurn(floor, now);
  return { ...finished, speaking: { ...finished.speaking, round: null } };
}

export function setRules(
  floor: Floor,
  rules: { order?: QueueOrder; turnLimitSeconds?: number | null },
): Floor {
  const speaking = {
    ...floor.speaking,
    ...(rules.order ? { order: rules.order } : {}),
    ...(rules.turnLimitSeconds !== undefined ? { turnLimitSeconds: rules.turnLimitSeconds } : {}),
  };
  return sorted({ ...floor, speaking });
}
