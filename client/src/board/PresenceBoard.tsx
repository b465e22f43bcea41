import type { PhaseId } from '@moteplass/shared';
import type { ReactNode } from 'react';
import { BoardViews, type CanvasBoardProps, type Insets } from '../canvas';
import { FollowBanner, PresenceOverlay, usePresence, WhoIsHere } from '../presence';
import type { Session } from '../session';
import type { WorkshopConnection } from '../sync';
import { useDrawerStore } from './drawer-store';

interface PresenceBoardProps {
  connection: WorkshopConnection;
  session: Session;
  workshopId: string;
  readOnly: boolean;
  /** The phase this person looks at (new notes land there). */
  phase: PhaseId;
  silentDraft: { phase: PhaseId; save: (text: string) => void } | null;
  /** A phone: the palette keeps only what a phone needs. */
  compact: boolean;
  /** Floats over the top of the canvas: the phases and the follow banner. */
  top?: ReactNode;
  /** A breakout group's frame to show (CanvasBoardProps.focusRect). */
  focusRect?: CanvasBoardProps['focusRect'];
  /**
   * False on a phone's other tabs: the canvas (and its code) waits until it
   * is shown, while this person stays present for the others.
   */
  shown: boolean;
}

/**
 * The canvas with everybody's presence: who is here, following someone, and
 * their cursors. Presence changes many times a second in a full room; kept
 * in this component, a cursor moving re-renders only this, and the page's
 * bar and drawers are left alone.
 */
export function PresenceBoard({
  connection,
  session,
  workshopId,
  readOnly,
  phase,
  silentDraft,
  compact,
  top,
  shown,
  focusRect,
}: PresenceBoardProps) {
  const presence = usePresence(connection, session);
  const drawers = useDrawerStore((s) => s.open);
  if (!shown) return null;
  // The phases float at the top, the tools at the bottom, the drawers at the sides (board-layout.css).
  // In a breakout the group's banners float at the top too: its frame is fitted below them.
  const topInset = focusRect ? 200 : 110;
  const insets: Insets = compact
    ? { top: topInset, right: 0, bottom: 120, left: 0 }
    : {
        top: topInset,
        right: drawers.list ? 430 : 0,
        bottom: 64,
        left: drawers.participate ? 384 : 0,
      };
  return (
    <div className="board-canvas-area">
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
        phase={phase}
        silentDraft={silentDraft}
        compact={compact}
        insets={insets}
        focusRect={focusRect ?? null}
      />
      {/* One column at the top of the free canvas: nothing floating ever covers another. */}
      <div className="board-float-top">
        {top}
        <FollowBanner following={presence.following} onStop={presence.stopFollowing} />
        <div className="board-float-people">
          <WhoIsHere
            self={presence.self}
            peers={presence.peers}
            onFollow={presence.follow}
            followingId={presence.following?.clientId ?? null}
          />
        </div>
      </div>
    </div>
  );
}
