import { ScreenSpeakingQueue } from '../equality';
import type { Session } from '../session';
import type { WorkshopConnection } from '../sync';

export interface SpeakingQueueSlotProps {
  workshopId: string;
  session: Session;
  connection: WorkshopConnection;
}

/** Where the shared screen shows the speaking queue (talerliste), from the equality controls. */
export function SpeakingQueueSlot({ connection }: SpeakingQueueSlotProps) {
  return <ScreenSpeakingQueue connection={connection} />;
}
