import { useTranslation } from 'react-i18next';
import type { WorkshopConnection } from '../sync';
import { useFormatters } from '../workshop';
import { useBreakout } from './use-breakout';
import { useGroupActivity } from './use-group-activity';

/**
 * The shared screen during a breakout (`[data-screen="breakout"]`): every
 * group at once, with how many are in it, how many notes it wrote and when
 * it last wrote.
 */
export function ScreenBreakout({ connection }: { connection: WorkshopConnection }) {
  const { t } = useTranslation();
  const { time } = useFormatters();
  const breakout = useBreakout(connection.workshop);
  const activity = useGroupActivity(connection.items);
  if (breakout?.status !== 'running') return null;
  return (
    <section className="screen-breakout" data-screen="breakout" aria-labelledby="screen-breakout">
      <h2 id="screen-breakout">{t('breakout.screenHeading')}</h2>
      {breakout.broadcast && (
        <p className="screen-breakout-broadcast">
          <strong>{t('breakout.broadcastBanner')}:</strong> {breakout.broadcast.text}
        </p>
      )}
      <ul className="screen-breakout-grid">
        {breakout.groups.map((group) => {
          const seen = activity.get(group.id);
          return (
            <li key={group.id} className="screen-breakout-card" data-group={group.id}>
              <h3>{group.name}</h3>
              <p>{t('breakout.members', { count: group.members.length })}</p>
              <p>{t('breakout.notes', { count: seen?.notes ?? 0 })}</p>
              <p className="hint">
                {seen?.last
                  ? t('breakout.lastActivity', { time: time(seen.last) })
                  : t('breakout.noActivity')}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
