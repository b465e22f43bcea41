import {
  SILENT_LIMITS,
  TIMER_MAX_MS,
  type AgendaStep,
  type PhaseId,
  type StepControls,
} from '@moteplass/shared';
import { AppError } from '../http/errors.js';
import type { ActionContext } from '../actions/types.js';

/** The dispatcher (`dispatchAction`), handed in so this folder does not import the action list. */
export type Dispatch = (
  context: ActionContext,
  body: Record<string, unknown>,
) => Promise<Record<string, unknown>>;

/** What became of one control action a step asked for. */
export type ControlOutcome =
  { type: string; ok: true } | { type: string; ok: false; code: string; message: string };

/**
 * Errors that only say "already so" when a step closes what the previous one
 * opened (the facilitator revealed or closed it by hand): not worth a line.
 */
const ALREADY_CLOSED = new Set(['NO_SILENT_WRITING', 'NO_OPEN_VOTE', 'NO_ROUND', 'CONFLICT']);

async function run(
  context: ActionContext,
  dispatch: Dispatch,
  body: Record<string, unknown> & { type: string },
  outcomes: ControlOutcome[],
  quietCodes: ReadonlySet<string> = new Set(),
): Promise<void> {
  try {
    await dispatch(context, body);
    outcomes.push({ type: body.type, ok: true });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (quietCodes.has(error.code)) return;
    outcomes.push({ type: body.type, ok: false, code: error.code, message: error.message });
  }
}

const sameBreakout = (a: StepControls, b: StepControls) =>
  a.breakout !== undefined &&
  b.breakout !== undefined &&
  a.breakout.groupSize === b.breakout.groupSize &&
  a.breakout.mix === b.breakout.mix;

/**
 * Move the room from one step to the next through the normal action path
 * (the same rules and checks as the facilitator's own buttons): first close
 * what the step before opened (reveal its drafts, close its vote, end its
 * round, anonymity and breakout), then the next step's phase, its timer and
 * its controls together. A control that cannot start (a vote already open,
 * nobody present for a round, breakout groups not available on this server)
 * does not stop the agenda: it is reported in the outcome list, and the
 * facilitator can act on it by hand.
 */
export async function switchStepControls(
  context: ActionContext,
  dispatch: Dispatch,
  previous: AgendaStep | null,
  next: AgendaStep | null,
  phaseNow: PhaseId,
): Promise<ControlOutcome[]> {
  const outcomes: ControlOutcome[] = [];
  const before = previous?.controls ?? {};
  const after = next?.controls ?? {};
  const keepBreakout = sameBreakout(before, after);
  const quiet = ALREADY_CLOSED;

  if (before.silentWriting) await run(context, dispatch, { type: 'revealDrafts' }, outcomes, quiet);
  if (before.vote) await run(context, dispatch, { type: 'closeVote' }, outcomes, quiet);
  if (before.speakingRound) await run(context, dispatch, { type: 'endRound' }, outcomes, quiet);
  if (before.anonymity && !after.anonymity) {
    await run(context, dispatch, { type: 'setAnonymity', mode: 'off' }, outcomes);
  }
  if (before.breakout && !keepBreakout) {
    await run(context, dispatch, { type: 'endBreakout' }, outcomes, quiet);
  }
  if (!next) return outcomes;

  const phase = next.phase ?? phaseNow;
  if (next.phase && next.phase !== phaseNow) {
    await run(context, dispatch, { type: 'setPhase', phase }, outcomes);
  }
  const seconds = next.minutes * 60;
  await run(
    context,
    dispatch,
    { type: 'startTimer', seconds: Math.min(seconds, TIMER_MAX_MS / 1000) },
    outcomes,
  );
  if (after.silentWriting) {
    await run(
      context,
      dispatch,
      {
        type: 'startSilentWriting',
        phase,
        reveal: after.silentWriting.reveal,
        seconds: Math.min(seconds, SILENT_LIMITS.maxSeconds),
      },
      outcomes,
    );
  }
  if (after.vote) {
    await run(
      context,
      dispatch,
      { type: 'startVote', dotsPerParticipant: after.vote.dots, phase },
      outcomes,
    );
  }
  if (after.speakingRound) await run(context, dispatch, { type: 'startRound' }, outcomes);
  if (after.anonymity) {
    const { mode } = after.anonymity;
    await run(
      context,
      dispatch,
      { type: 'setAnonymity', mode, ...(mode === 'phase' ? { phase } : {}) },
      outcomes,
    );
  }
  if (after.breakout && !keepBreakout) {
    // Breakout groups are another feature's actions (CONTRACT.md, "Round 2 actions"); a
    // server without them answers UNKNOWN_ACTION, which lands in the outcome list.
    const { groupSize, mix } = after.breakout;
    await run(context, dispatch, { type: 'startBreakout', groupSize, mix }, outcomes);
  }
  return outcomes;
}
