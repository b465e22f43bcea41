import {
  choiceOpen,
  groupFloor,
  type BreakoutState,
  type ParticipantSummary,
} from '@moteplass/shared';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MiniatureView } from '../canvas';
import { ScreenGroupFloor, useGroupFloors } from '../equality';
import type { WorkshopConnection } from '../sync';
import { useFormatters } from '../workshop';
import { screenGrid } from './screen-grid';
import { useBreakout } from './use-breakout';
import { useElementSize } from './use-element-size';
import { useGroupActivity } from './use-group-activity';

/** The group frame's shape on the board (server/src/breakout/frames.ts, GROUP_FRAME). */
const FRAME_ASPECT = 1040 / 760;
const GAP_PX = 12;

interface ScreenBreakoutProps {
  connection: WorkshopConnection;
  /** Who is in the workshop and who has the board open (the facilitator's list), when known. */
  participants?: readonly ParticipantSummary[] | undefined;
}

/**
 * The shared screen during a breakout (`[data-screen="breakout"]`): every
 * group at once, each as a live miniature of its frame with its name, how
 * many are in it (and gone), how many notes it wrote and when it last
 * wrote, who has the word in it and how many hands are up; all groups fit the board's area without scrolling (screen-grid.ts).
 */
export function ScreenBreakout({ connection, participants }: ScreenBreakoutProps) {
  const breakout = useBreakout(connection.workshop);
  if (breakout?.status !== 'running') return null;
  return <ScreenGroups connection={connection} running={breakout} participants={participants} />;
}

function ScreenGroups({
  connection,
  running,
  participants,
}: ScreenBreakoutProps & { running: BreakoutState }) {
  const { t } = useTranslation();
  const { time } = useFormatters();
  const activity = useGroupActivity(connection.items);
  const { floors } = useGroupFloors(connection.workshop);
  const gridRef = useRef<HTMLUListElement>(null);
  const space = useElementSize(gridRef);
  const { groups } = running;
  const grid = screenGrid(groups.length, { ...space, aspect: FRAME_ASPECT, gap: GAP_PX });
  const connected = new Map(participants?.map((p) => [p.id, p.connected]));

  return (
    <section className="screen-breakout" data-screen="breakout" aria-labelledby="screen-breakout">
      <div className="screen-breakout-head">
        <h2 id="screen-breakout">{t('breakout.screenHeading')}</h2>
        {choiceOpen(running) && (
          <p className="screen-breakout-choosing">{t('breakoutChoose.screenChoosing')}</p>
        )}
        {grid.floor === 'badge' && (
          <p className="screen-breakout-legend">{t('groupEquality.screenBadgeLegend')}</p>
        )}
        {running.broadcast && (
          <p className="screen-breakout-broadcast">
            <strong>{t('breakout.broadcastBanner')}:</strong> {running.broadcast.text}
          </p>
        )}
      </div>
      <ul
        ref={gridRef}
        className="screen-breakout-grid"
        style={{
          gridTemplateColumns: `repeat(${grid.columns}, minmax(0, 1fr))`,
          gridTemplateRows: `repeat(${grid.rows}, minmax(0, 1fr))`,
          gap: `${GAP_PX}px`,
          fontSize: `${grid.fontPx}px`,
        }}
      >
        {groups.map((group) => {
          const seen = activity.get(group.id);
          const gone = group.members.filter((m) => connected.get(m) === false).length;
          return (
            <li key={group.id} className="screen-breakout-card" data-group={group.id}>
              <div className="screen-breakout-card-head">
                <h3>{group.name}</h3>
                {grid.floor === 'badge' && (
                  <ScreenGroupFloor floor={groupFloor(floors, group.id)} variant="badge" />
                )}
              </div>
              <p>
                {t('breakout.members', { count: group.members.length })}
                {gone > 0 && (
                  <span className="screen-breakout-gone">
                    {' · '}
                    {t('breakoutChoose.gone', { count: gone })}
                  </span>
                )}
                {' · '}
                {t('breakout.notes', { count: seen?.notes ?? 0 })}
                {' · '}
                {seen?.last
                  ? t('breakout.lastActivity', { time: time(seen.last) })
                  : t('breakout.noActivity')}
              </p>
              {grid.floor === 'line' && (
                <ScreenGroupFloor floor={groupFloor(floors, group.id)} variant="line" />
              )}
              <div className="screen-breakout-miniature">
                <MiniatureView
                  items={connection.items}
                  frameId={group.frameId}
                  label={t('breakoutChoose.miniature', { name: group.name })}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
