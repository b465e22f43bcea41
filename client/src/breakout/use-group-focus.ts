import { groupOf, phaseFrame, type BreakoutState } from '@moteplass/shared';
import { useState } from 'react';
import type * as Y from 'yjs';
import { useFrameRect } from './use-frame-rect';

/**
 * Where a board looks during a breakout (CanvasBoardProps.focusRect): a
 * member's view goes to their group's frame when the breakout starts or they
 * are moved; a facilitator's to the group they visit (`?group=` on the board
 * page); after the recall, everybody's back to the phase's frame. Each of
 * these moves the view once; panning away afterwards is the person's choice.
 */
export function useGroupFocus(
  items: Y.Map<unknown>,
  breakout: BreakoutState | null,
  participantId: string,
  visitGroupId: string | null,
) {
  const group =
    breakout?.status === 'running'
      ? visitGroupId
        ? (breakout.groups.find((g) => g.id === visitGroupId) ?? null)
        : groupOf(breakout, participantId)
      : null;
  const frame = useFrameRect(items, group?.frameId ?? null);
  const phaseRect = useFrameRect(items, breakout ? `frame-${breakout.phase}` : null);
  // Only a recall seen live brings the view back: a board opened later opens where it would anyway.
  const [sawRunning, setSawRunning] = useState<number | null>(null);
  if (breakout?.status === 'running' && sawRunning !== breakout.startedAt) {
    setSawRunning(breakout.startedAt);
  }
  if (!breakout) return null;
  if (group && frame) return { rect: frame, key: `${breakout.startedAt}:${group.id}` };
  if (breakout.status === 'ended' && sawRunning === breakout.startedAt) {
    return { rect: phaseRect ?? phaseFrame(breakout.phase), key: `ended:${breakout.endedAt ?? 0}` };
  }
  return null;
}
