import { CURSORS_VISIBLE_KEY, readCursorsVisible } from '@moteplass/shared';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import type { CanvasSize, Point, Viewport } from '../canvas';
import type { Session } from '../session';
import { useYMapSnapshot, type WorkshopConnection } from '../sync';
import { followViewport, FollowTracker, visibleView, type WorldView } from './follow';
import { createPeersStore } from './peers-store';
import {
  MAX_SHARED_SELECTION,
  presenceColor,
  type Peer,
  type PresenceState,
} from './presence-state';
import { CURSOR_INTERVAL_MS, throttle } from './throttle';

export interface Presence {
  /** Everybody else on the board now. */
  peers: Peer[];
  /** What this device publishes about itself. */
  self: PresenceState;
  /** The facilitator's switch for everybody's cursors (control document). */
  cursorsVisible: boolean;
  /** The person whose view this board follows, if any. */
  following: Peer | null;
  follow: (clientId: number) => void;
  stopFollowing: () => void;
  /** For the canvas (`CanvasBoardProps`). */
  viewportRequest: Viewport | null;
  onPointerWorld: (p: Point | null) => void;
  onSelectionChange: (ids: string[]) => void;
  onViewportChange: (v: Viewport, size: CanvasSize) => void;
}

const readCursorSwitch = (map: Y.Map<unknown>) => readCursorsVisible(map.get(CURSORS_VISIBLE_KEY));

/**
 * This person's presence on the board (awareness of the board room) and
 * everybody else's. Mount once per board page; pass the callbacks to the
 * canvas and the peers to `<WhoIsHere>` and `<PresenceOverlay>`.
 */
export function usePresence(connection: WorkshopConnection, session: Session): Presence {
  const awareness = connection.awareness;
  const store = useMemo(() => createPeersStore(awareness), [awareness]);
  const peers = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const cursorsVisible = useYMapSnapshot(connection.workshop, readCursorSwitch, false);

  const self = useMemo<PresenceState>(
    () => ({
      name: session.name?.trim() || null,
      role: session.role,
      facilitator: session.facilitator,
      color: presenceColor(session.role, session.facilitator),
      cursor: null,
      selection: [],
      view: null,
    }),
    [session.name, session.role, session.facilitator],
  );

  useEffect(() => {
    awareness.setLocalState(self);
    return () => awareness.setLocalState(null);
  }, [awareness, self]);

  const publishCursor = useMemo(
    () =>
      throttle((p: Point | null) => awareness.setLocalStateField('cursor', p), CURSOR_INTERVAL_MS),
    [awareness],
  );
  const publishView = useMemo(
    () =>
      throttle(
        (view: WorldView | null) => awareness.setLocalStateField('view', view),
        CURSOR_INTERVAL_MS,
      ),
    [awareness],
  );
  useEffect(
    () => () => {
      publishCursor.cancel();
      publishView.cancel();
    },
    [publishCursor, publishView],
  );

  // With cursors switched off nobody's cursor is sent, ours included.
  useEffect(() => {
    if (!cursorsVisible) {
      publishCursor.cancel();
      awareness.setLocalStateField('cursor', null);
    }
  }, [cursorsVisible, awareness, publishCursor]);

  const onPointerWorld = useCallback(
    (p: Point | null) => {
      if (!cursorsVisible) return;
      publishCursor(p ? { x: p.x, y: p.y } : null);
      // Leaving the canvas should not wait for the next tick.
      if (!p) publishCursor.flush();
    },
    [publishCursor, cursorsVisible],
  );

  const onSelectionChange = useCallback(
    (ids: string[]) => {
      // Never an anonymous note: selecting it right after it appeared could
      // point at its author (ANON-3).
      const shared = ids
        .filter((id) => {
          const item = connection.items.get(id);
          return !(item instanceof Y.Map && item.get('anonymous') === true);
        })
        .slice(0, MAX_SHARED_SELECTION);
      awareness.setLocalStateField('selection', shared);
    },
    [awareness, connection.items],
  );

  const [followingId, setFollowingId] = useState<number | null>(null);
  // This canvas's size, to fit the followed person's view into it.
  const [size, setSize] = useState<CanvasSize>({ width: 0, height: 0 });
  const tracker = useMemo(() => new FollowTracker(), []);
  const following = peers.find((peer) => peer.clientId === followingId) ?? null;
  // By value: the peers snapshot is a new object on every awareness change,
  // and a new request object would move the canvas again.
  const { x: vx, y: vy, w: vw, h: vh } = following?.view ?? {};
  const { width, height } = size;
  const viewportRequest = useMemo(
    () =>
      vx !== undefined && vy !== undefined && vw !== undefined && vh !== undefined
        ? followViewport({ x: vx, y: vy, w: vw, h: vh }, width, height)
        : null,
    [vx, vy, vw, vh, width, height],
  );
  if (viewportRequest) tracker.request(viewportRequest);

  const stopFollowing = useCallback(() => {
    tracker.reset();
    setFollowingId(null);
  }, [tracker]);
  const follow = useCallback(
    (clientId: number) => {
      tracker.reset();
      setFollowingId(clientId);
    },
    [tracker],
  );

  const isFollowing = following !== null;
  const onViewportChange = useCallback(
    (v: Viewport, canvas: CanvasSize) => {
      publishView(visibleView(v, canvas.width, canvas.height));
      setSize((was) =>
        was.width === canvas.width && was.height === canvas.height
          ? was
          : { width: canvas.width, height: canvas.height },
      );
      // Any pan or zoom of one's own ends following.
      if (isFollowing && tracker.isOwnMove(v)) stopFollowing();
    },
    [publishView, tracker, stopFollowing, isFollowing],
  );

  return {
    peers,
    self,
    cursorsVisible,
    following,
    follow,
    stopFollowing,
    viewportRequest,
    onPointerWorld,
    onSelectionChange,
    onViewportChange,
  };
}
