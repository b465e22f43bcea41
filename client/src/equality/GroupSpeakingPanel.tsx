import { groupFloor, hostOf, type BreakoutGroup } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';
import type { GroupFloorsView } from './group-floors';
import { SpeakingPanel } from './SpeakingPanel';
import type { EqualityActions } from './use-equality-action';

interface GroupSpeakingPanelProps {
  view: GroupFloorsView;
  group: BreakoutGroup;
  selfId: string;
  actions: EqualityActions;
  compact?: boolean;
}

/**
 * A group member's speakers' list during a breakout (GROUPEQ-1): their hand
 * goes to the group's queue; the host seat, and for the host the queue with
 * "give the word" and "end the turn", and a round in the group (GROUPEQ-7).
 */
export function GroupSpeakingPanel({
  view,
  group,
  selfId,
  actions,
  compact = false,
}: GroupSpeakingPanelProps) {
  const { t } = useTranslation();
  const floor = groupFloor(view.floors, group.id);
  const host = hostOf(view.breakout, view.floors, group.id);
  const isHost = host === selfId;
  const run = (action: Parameters<EqualityActions['run']>[0]) => {
    if (actions.pending === null) void actions.run(action);
  };
  const seat = (participantId: string | null) =>
    run({ type: 'setGroupHost', groupId: group.id, participantId });

  return (
    <SpeakingPanel
      speaking={floor.speaking}
      selfId={selfId}
      actions={actions}
      compact={compact}
      heading={t('groupEquality.heading', { group: group.name })}
      showQueue
      onGrant={isHost ? (participantId) => run({ type: 'grantTurn', participantId }) : undefined}
    >
      <div className="group-host" data-group-host={host ?? ''}>
        <p>
          {isHost
            ? t('groupEquality.hostIsYou')
            : host
              ? t('groupEquality.hostIs')
              : t('groupEquality.noHost')}
        </p>
        <div className="button-row">
          {host === null && (
            <button type="button" onClick={() => seat(selfId)}>
              {t('groupEquality.becomeHost')}
            </button>
          )}
          {isHost && floor.speaking.current && (
            <button type="button" onClick={() => run({ type: 'endTurn', groupId: group.id })}>
              {t('groupEquality.endTurn')}
            </button>
          )}
          {isHost && !floor.speaking.round && (
            <button type="button" onClick={() => run({ type: 'startRound', groupId: group.id })}>
              {t('groupEquality.startGroupRound')}
            </button>
          )}
          {isHost && floor.speaking.round && (
            <button type="button" onClick={() => run({ type: 'endRound', groupId: group.id })}>
              {t('equality.speaking.endRound')}
            </button>
          )}
          {isHost && (
            <button type="button" className="quiet" onClick={() => seat(null)}>
              {t('groupEquality.leaveHost')}
            </button>
          )}
        </div>
        {isHost && !floor.speaking.round && (
          <p className="hint">{t('groupEquality.groupRoundHint')}</p>
        )}
      </div>
    </SpeakingPanel>
  );
}
