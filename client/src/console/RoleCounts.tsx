import { ROLES, ROLE_COLORS, type Presence } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';

/**
 * Who is here, by role category: the counts the whole room may see (they
 * are in the control document), so that power and position are visible.
 */
export function RoleCounts({ presence }: { presence: Presence }) {
  const { t } = useTranslation();
  if (presence.total === 0) return <p>{t('console.participants.nobodyConnected')}</p>;
  return (
    <>
      <p className="console-now">
        {t('console.participants.connected', { count: presence.total })}
      </p>
      <ul role="list" className="role-counts">
        {ROLES.filter((role) => presence.byRole[role] > 0).map((role) => (
          <li key={role}>
            <span
              className="role-swatch"
              style={{ backgroundColor: ROLE_COLORS[role] }}
              aria-hidden="true"
            />
            {t(`roles.${role}`)}: <strong>{presence.byRole[role]}</strong>
          </li>
        ))}
        {presence.facilitators > 0 && (
          <li>
            <span className="role-swatch role-none" aria-hidden="true" />
            {t('console.participants.facilitator')}: <strong>{presence.facilitators}</strong>
          </li>
        )}
      </ul>
    </>
  );
}
