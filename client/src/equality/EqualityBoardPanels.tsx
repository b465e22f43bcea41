import type { Session } from '../session';
import type { WorkshopConnection } from '../sync';
import { useEqualityState } from './equality-state';
import { useMyDots } from './my-dots-store';
import { SpeakingPanel } from './SpeakingPanel';
import { useBoardItems } from './use-board-items';
import { useEqualityAction } from './use-equality-action';
import { VoteResults } from './VoteResults';
import { VoteStatus } from './VoteStatus';

interface EqualityBoardPanelsProps {
  connection: WorkshopConnection;
  workshopId: string;
  session: Session;
}

/** The equality panels every participant sees on the board: speaking turns and the vote. */
export function EqualityBoardPanels({ connection, workshopId, session }: EqualityBoardPanelsProps) {
  const state = useEqualityState(connection.workshop);
  const speakingActions = useEqualityAction(workshopId, session.token);
  const mine = useMyDots(workshopId, session.token, state.vote?.voteId ?? null);
  const { byId } = useBoardItems(connection.items);
  const lastResult = state.voteResults.at(-1);

  return (
    <>
      <SpeakingPanel
        speaking={state.speaking}
        selfId={session.participantId}
        actions={speakingActions}
      />
      {state.vote && <VoteStatus vote={state.vote} mine={mine} />}
      {!state.vote && lastResult && <VoteResults result={lastResult} items={byId} />}
    </>
  );
}
