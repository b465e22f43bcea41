import type * as Y from 'yjs';
import { ReflectionAnswer } from './ReflectionAnswer';
import { useReflection } from './reflection-state';

interface ReflectionBoardPanelProps {
  workshop: Y.Map<unknown>;
  workshopId: string;
  token: string;
}

/** On the board page (the phone's first screen too): the answer form while a round is open. */
export function ReflectionBoardPanel({ workshop, workshopId, token }: ReflectionBoardPanelProps) {
  const { round } = useReflection(workshop);
  if (round?.status !== 'open') return null;
  // A new round is a new form: nothing of the last one's choices carries over.
  return (
    <ReflectionAnswer key={round.roundId} round={round} workshopId={workshopId} token={token} />
  );
}
