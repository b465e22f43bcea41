import type { ReactNode } from 'react';
import { BoardViews } from '../canvas';
import { FollowBanner, PresenceOverlay, usePresence, WhoIsHere } from '../presence';
import type { Session } from '../session';
import type { WorkshopConnection } from '../sync';

interface PresenceBoardProps {
  connection: WorkshopConnection;
  session: Session;
  workshopId: string;
  readOnly: boolean;
  /** The list view (the canvas's accessible twin), built by the page. */
  list: ReactNode;
}

/**
 * The part of the board page that follows presence: who is here, following
 * someone, and the canvas with everybody's cursors. Presence changes many
 * times a second in a full room; kept in this component, a cursor moving
 * re-renders only this, and the list (an element the page built, unchanged)
 * and the side panel are left alone.
 */
export function PresenceBoard({
  connection,
  session,
  workshopId,
  readOnly,
  list,
}: PresenceBoardProps) {
  const presence = usePresence(connection, session);
  return (
    <>
      <WhoIsHere
        self={presence.self}
        peers={presence.peers}
        onFollow={presence.follow}
        followingId={presence.following?.clientId ?? null}
      />
      <FollowBanner following={presence.following} onStop={presence.stopFollowing} />
      <BoardViews
        renderOverlay={(viewport) => (
          <PresenceOverlay
            viewport={viewport}
            peers={presence.peers}
            items={connection.items}
            cursorsVisible={presence.cursorsVisible}
          />
        )}
        onPointerWorld={presence.onPointerWorld}
        onSelectionChange={presence.onSelectionChange}
        viewportRequest={presence.viewportRequest}
        onViewportChange={presence.onViewportChange}
        connection={connection}
        session={session}
        workshopId={workshopId}
        readOnly={readOnly}
        list={list}
      />
    </>
  );
}
