import type { BreakoutGroup, ParticipantSummary } from '@moteplass/shared';
import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { MiniatureView } from '../canvas';
import { useFormatters } from '../workshop';
import type { GroupActivity } from './use-group-activity';

/** What a drag of a person carries: their participantId. */
const DRAG_TYPE = 'application/x-moteplass-participant';

interface GroupCardProps {
  group: BreakoutGroup;
  groups: readonly BreakoutGroup[];
  people: ReadonlyMap<string, ParticipantSummary>;
  activity: GroupActivity | undefined;
  visitHref: string;
  /** The board's items: the card shows the group's frame as a live miniature. */
  items: Y.Map<unknown>;
  onMove: (participantId: string, groupId: string) => void;
}

/**
 * One group on the console: its name, how many are in it and here, when it
 * last wrote, a way to visit its frame, and its members — each can be
 * dragged to another group or moved with the "move to group" list.
 */
export function GroupCard({
  group,
  groups,
  people,
  activity,
  visitHref,
  items,
  onMove,
}: GroupCardProps) {
  const { t } = useTranslation();
  const { time } = useFormatters();
  const id = useId();
  const [over, setOver] = useState(false);
  const present = group.members.filter((m) => people.get(m)?.connected).length;
  const label = (memberId: string) => {
    const person = people.get(memberId);
    const name = person?.name ?? t('breakout.unnamedPerson');
    return person?.role ? `${name} (${t(`roles.${person.role}`)})` : name;
  };

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const participantId = event.dataTransfer.getData(DRAG_TYPE);
    if (participantId && !group.members.includes(participantId)) onMove(participantId, group.id);
  };

  return (
    <li
      className={`breakout-card${over ? ' breakout-card-over' : ''}`}
      data-breakout-card={group.id}
      aria-labelledby={`${id}-name`}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <h3 id={`${id}-name`}>{group.name}</h3>
      <p className="breakout-counts">
        {t('breakout.members', { count: group.members.length })} ·{' '}
        {t('breakout.present', { count: present })}
      </p>
      <p className="hint">
        {activity?.last
          ? t('breakout.lastActivity', { time: time(activity.last) })
          : t('breakout.noActivity')}
      </p>
      <div className="breakout-card-miniature">
        <MiniatureView
          items={items}
          frameId={group.frameId}
          label={t('breakoutChoose.miniature', { name: group.name })}
        />
      </div>
      <a href={visitHref} aria-label={t('breakout.visitLabel', { name: group.name })}>
        {t('breakout.visit')}
      </a>
      <ul className="breakout-members">
        {group.members.map((memberId) => (
          <li
            key={memberId}
            draggable
            onDragStart={(e) => {
              e.dataTransfer.setData(DRAG_TYPE, memberId);
              e.dataTransfer.effectAllowed = 'move';
            }}
          >
            <span className={people.get(memberId)?.connected === false ? 'breakout-gone' : ''}>
              {label(memberId)}
              {people.get(memberId)?.connected === false && ` – ${t('breakout.gone')}`}
            </span>
            <MoveControl
              memberLabel={label(memberId)}
              current={group.id}
              groups={groups}
              onMove={(groupId) => onMove(memberId, groupId)}
            />
          </li>
        ))}
      </ul>
    </li>
  );
}

/** The keyboard's way to move: pick a group, then "move" (a list that moved on every arrow key would surprise). */
function MoveControl({
  memberLabel,
  current,
  groups,
  onMove,
}: {
  memberLabel: string;
  current: string;
  groups: readonly BreakoutGroup[];
  onMove: (groupId: string) => void;
}) {
  const { t } = useTranslation();
  const [target, setTarget] = useState(current);
  return (
    <span className="breakout-move">
      <select
        aria-label={t('breakout.moveLabel', { person: memberLabel })}
        value={target}
        onChange={(e) => setTarget(e.target.value)}
      >
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={target === current}
        aria-label={`${t('breakout.move')}: ${memberLabel}`}
        onClick={() => onMove(target)}
      >
        {t('breakout.moveButton')}
      </button>
    </span>
  );
}
