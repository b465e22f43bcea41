import { CONTROL_KEYS, isPhaseId, type BreakoutGroup, type PhaseId } from '@moteplass/shared';
import type { ReactNode } from 'react';
import type { Session } from '../session';
import { useYMapSnapshot, type WorkshopConnection } from '../sync';
import type * as Y from 'yjs';
import { AnonymityControls } from './AnonymityControls';
import { useEqualityState } from './equality-state';
import { EqualityPanel } from './EqualityPanel';
import { useGroupFloors } from './group-floors';
import { SilentWritingControls } from './SilentWritingControls';
import { SpeakingControls } from './SpeakingControls';
import { useBoardItems } from './use-board-items';
import { useEqualityAction } from './use-equality-action';
import { VoteControls } from './VoteControls';
import { VoteResults } from './VoteResults';

/** The console's equality sections, for the page to place on its desk. */
export interface EqualitySections {
  speaking: ReactNode;
  panel: ReactNode;
  anonymity: ReactNode;
  silentWriting: ReactNode;
  voting: ReactNode;
}

interface EqualityConsoleProps {
  connection: WorkshopConnection;
  workshopId: string;
  session: Session;
  /** Lays the sections out; each is one card. */
  children: (sections: EqualitySections) => ReactNode;
}

const NO_GROUPS: readonly BreakoutGroup[] = [];

const readPhase = (map: Y.Map<unknown>): PhaseId => {
  const phase = map.get(CONTROL_KEYS.phase);
  return isPhaseId(phase) ? phase : 'explore';
};

/** The facilitator's equality controls and the equality panel, for the console to place. */
export function EqualityConsole({
  connection,
  workshopId,
  session,
  children,
}: EqualityConsoleProps) {
  const state = useEqualityState(connection.workshop);
  const phase = useYMapSnapshot(connection.workshop, readPhase, false);
  const { byId, notes, frames, polls } = useBoardItems(connection.items);
  // One runner per section, so an error shows next to the control that failed.
  const speaking = useEqualityAction(workshopId, session.token);
  const anonymity = useEqualityAction(workshopId, session.token);
  const silent = useEqualityAction(workshopId, session.token);
  const voting = useEqualityAction(workshopId, session.token);
  const lastResult = state.voteResults.at(-1);
  const breakout = useGroupFloors(connection.workshop).breakout;
  const groups = breakout?.groups ?? NO_GROUPS;

  return children({
    speaking: (
      <SpeakingControls
        speaking={state.speaking}
        actions={speaking}
        inBreakout={breakout !== null}
      />
    ),
    panel: <EqualityPanel airtime={state.airtime} presence={state.presence} notes={notes} />,
    anonymity: (
      <AnonymityControls
        key={`${state.anonymity.mode}-${String(state.anonymity.allowSingle)}`}
        anonymity={state.anonymity}
        phase={phase}
        actions={anonymity}
      />
    ),
    silentWriting: (
      <SilentWritingControls silent={state.silent} phase={phase} actions={silent} groups={groups} />
    ),
    voting: (
      <>
        <VoteControls
          vote={state.vote}
          phase={phase}
          frames={frames}
          polls={polls}
          actions={voting}
          groups={groups}
        />
        {lastResult && <VoteResults result={lastResult} items={byId} />}
      </>
    ),
  });
}
