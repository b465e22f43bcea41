import { groupOf } from '@moteplass/shared';
import type { Session } from '../session';
import type { WorkshopConnection } from '../sync';
import { useEqualityState } from './equality-state';
import { useGroupFloors } from './group-floors';
import { GroupSpeakingPanel } from './GroupSpeakingPanel';
import { SpeakingPanel } from './SpeakingPanel';
import { useBoardItems } from './use-board-items';
import { useEqualityAction } from './use-equality-action';
import { VoteResults } from './VoteResults';
import { VoteList } from './VoteList';

interface EqualityBoardPanelsProps {
  connection: WorkshopConnection;
  workshopId: string;
  session: Session;
  /** The phone's: the hand in one line, no queue list. */
  compact?: boolean;
}

/** The equality panels every participant sees on the board: speaking turns and the vote with its ballot. */
export function EqualityBoardPanels({
  connection,
  workshopId,
  session,
  compact = false,
}: EqualityBoardPanelsProps) {
  const state = useEqualityState(connection.workshop);
  const speakingActions = useEqualityAction(workshopId, session.token);
  const { byId } = useBoardItems(connection.items);
  const lastResult = state.voteResults.at(-1);
  const groups = useGroupFloors(connection.workshop);
  const group = groupOf(groups.breakout, session.participantId);

  return (
    <>
      {group ? (
        <GroupSpeakingPanel
          view={groups}
          group={group}
          selfId={session.participantId}
          actions={speakingActions}
          compact={compact}
        />
      ) : (
        <SpeakingPanel
          speaking={state.speaking}
          selfId={session.participantId}
          actions={speakingActions}
          compact={compact}
        />
      )}
      {/* The notes on the ballot with their dot buttons: voting needs neither the canvas nor the list. */}
      {state.vote && <VoteList connection={connection} workshopId={workshopId} session={session} />}
      {!state.vote && lastResult && <VoteResults result={lastResult} items={byId} />}
    </>
  );
}
