import { useMemo, useSyncExternalStore } from 'react';
import { Group, Line, Rect, Text } from 'react-konva';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import { toScreen, type Viewport } from '../canvas';
import { peersToDraw } from './crowd';
import { personText } from './person-label';
import type { Peer } from './presence-state';

/** Cursors this far outside the visible area (screen px) are not drawn. */
const CULL_MARGIN = 40;
const LABEL_FONT = 13;

interface PresenceOverlayProps {
  viewport: Viewport;
  peers: readonly Peer[];
  /** The board's items, for the outlines of what others have selected. */
  items: Y.Map<unknown>;
  cursorsVisible: boolean;
  /** The visible area in screen pixels (default: the window). */
  width?: number;
  height?: number;
}

/**
 * A counter that moves when any item changes, while `active`: outlines of
 * others' selections follow the items they drag. Idle when nobody selects.
 */
function createItemsVersion(items: Y.Map<unknown>, active: boolean) {
  const counter = { version: 0 };
  return {
    subscribe(onChange: () => void) {
      if (!active) return () => {};
      const bump = () => {
        counter.version += 1;
        onChange();
      };
      items.observeDeep(bump);
      return () => items.unobserveDeep(bump);
    },
    get: () => counter.version,
  };
}

function useItemsVersion(items: Y.Map<unknown>, active: boolean): number {
  const store = useMemo(() => createItemsVersion(items, active), [items, active]);
  return useSyncExternalStore(store.subscribe, store.get);
}

function bounds(items: Y.Map<unknown>, id: string) {
  const item = items.get(id);
  if (!(item instanceof Y.Map)) return null;
  const [x, y, w, h] = ['x', 'y', 'w', 'h'].map((key) => item.get(key));
  return [x, y, w, h].every((v) => typeof v === 'number' && Number.isFinite(v))
    ? { x: x as number, y: y as number, w: w as number, h: h as number }
    : null;
}

/**
 * Others' cursors with name labels and outlines around what they selected,
 * drawn by the canvas inside its untransformed, non-listening overlay layer
 * (`renderOverlay`): screen pixels, so labels keep their size at any zoom.
 */
export function PresenceOverlay({
  viewport,
  peers,
  items,
  cursorsVisible,
  width = typeof window === 'undefined' ? 1920 : window.innerWidth,
  height = typeof window === 'undefined' ? 1080 : window.innerHeight,
}: PresenceOverlayProps) {
  const { t } = useTranslation();
  // In a crowd, only the facilitator and the people nearest this view (crowd.ts).
  const drawn = peersToDraw(peers, viewport, width, height);
  useItemsVersion(
    items,
    drawn.some((peer) => peer.selection.length > 0),
  );
  const visible = (x: number, y: number) =>
    x > -CULL_MARGIN && y > -CULL_MARGIN && x < width + CULL_MARGIN && y < height + CULL_MARGIN;

  return (
    <Group listening={false}>
      {drawn.flatMap((peer) =>
        peer.selection.map((id) => {
          const box = bounds(items, id);
          if (!box) return null;
          const at = toScreen(box, viewport);
          const w = box.w * viewport.scale;
          const h = box.h * viewport.scale;
          if (at.x > width || at.y > height || at.x + w < 0 || at.y + h < 0) return null;
          return (
            <Rect
              key={`${peer.clientId}:${id}`}
              x={at.x - 3}
              y={at.y - 3}
              width={w + 6}
              height={h + 6}
              stroke={peer.color}
              strokeWidth={2}
              dash={[6, 4]}
              perfectDrawEnabled={false}
            />
          );
        }),
      )}
      {cursorsVisible &&
        drawn.map((peer) => {
          if (!peer.cursor) return null;
          const at = toScreen(peer.cursor, viewport);
          if (!visible(at.x, at.y)) return null;
          // Anonymous participants' cursors go unlabelled; the facilitator's always says so.
          const label = peer.name || peer.facilitator ? personText(t, peer) : '';
          return (
            <Group key={peer.clientId} x={at.x} y={at.y}>
              <Line
                points={[0, 0, 0, 16, 4, 12, 8, 20, 11, 19, 7, 11, 12, 11]}
                closed
                fill={peer.color}
                stroke="#ffffff"
                strokeWidth={1}
                perfectDrawEnabled={false}
              />
              {label && (
                <Group x={12} y={18}>
                  <Rect
                    width={label.length * LABEL_FONT * 0.6 + 10}
                    height={LABEL_FONT + 8}
                    fill={peer.color}
                    cornerRadius={3}
                  />
                  <Text x={5} y={4} text={label} fontSize={LABEL_FONT} fill="#ffffff" />
                </Group>
              )}
            </Group>
          );
        })}
    </Group>
  );
}
