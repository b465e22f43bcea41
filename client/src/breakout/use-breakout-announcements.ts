import { groupOf, type BreakoutState } from '@moteplass/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { announce } from '../workshop';

/**
 * Say it to screen readers too: the group one is put in (or moved to), a
 * broadcast from the facilitator, and the recall. Nothing is said for what
 * was already so when the page opened.
 */
export function useBreakoutAnnouncements(breakout: BreakoutState | null, participantId: string) {
  const { t } = useTranslation();
  const group = groupOf(breakout, participantId);
  const seen = useRef({
    group: group?.id ?? null,
    broadcastAt: breakout?.broadcast?.at ?? null,
    status: breakout?.status ?? null,
  });
  const groupId = group?.id ?? null;
  const groupName = group?.name ?? '';
  const broadcast = breakout?.broadcast ?? null;
  const status = breakout?.status ?? null;

  useEffect(() => {
    const last = seen.current;
    if (groupId && groupId !== last.group) announce(t('breakout.started', { name: groupName }));
    if (status === 'ended' && last.status === 'running') announce(t('breakout.recalled'));
    if (broadcast && broadcast.at !== last.broadcastAt) {
      announce(`${t('breakout.broadcastBanner')}: ${broadcast.text}`);
    }
    seen.current = { group: groupId, broadcastAt: broadcast?.at ?? null, status };
  }, [t, groupId, groupName, broadcast, status]);
}
