import {
  AIRTIME_KEY,
  ANONYMITY_KEY,
  PRESENCE_KEY,
  SILENT_WRITING_KEY,
  SPEAKING_KEY,
  VOTE_KEY,
  VOTE_RESULTS_KEY,
  readAirtime,
  readAnonymity,
  readOpenVote,
  readPresence,
  readSilentWriting,
  readSpeaking,
  readVoteResults,
  type Airtime,
  type AnonymityState,
  type OpenVote,
  type Presence,
  type SilentWritingState,
  type SpeakingState,
  type VoteResult,
} from '@moteplass/shared';
import type * as Y from 'yjs';
import { useYMapSnapshot } from '../sync';

/** The equality controls as the server keeps them in the control document (read-only here). */
export interface EqualityState {
  speaking: SpeakingState;
  airtime: Airtime;
  anonymity: AnonymityState;
  silent: SilentWritingState;
  vote: OpenVote | null;
  voteResults: VoteResult[];
  /** People present by role (kept by the workshop's presence counter). */
  presence: Presence;
}

export function readEqualityState(map: Y.Map<unknown>): EqualityState {
  return {
    speaking: readSpeaking(map.get(SPEAKING_KEY)),
    airtime: readAirtime(map.get(AIRTIME_KEY)),
    anonymity: readAnonymity(map.get(ANONYMITY_KEY)),
    silent: readSilentWriting(map.get(SILENT_WRITING_KEY)),
    vote: readOpenVote(map.get(VOTE_KEY)),
    voteResults: readVoteResults(map.get(VOTE_RESULTS_KEY)),
    presence: readPresence(map.get(PRESENCE_KEY)),
  };
}

export function useEqualityState(map: Y.Map<unknown>): EqualityState {
  return useYMapSnapshot(map, readEqualityState, false);
}
