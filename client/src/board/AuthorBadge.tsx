import { ROLE_COLORS, type Role } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';

/** Who wrote an item, as far as anybody may know: a role, "anonymous", or no role. */
export function AuthorBadge({ role, anonymous }: { role: Role | undefined; anonymous: boolean }) {
  const { t } = useTranslation();
  if (anonymous) return <span className="role-badge role-none">{t('board.anonymous')}</span>;
  if (!role) return <span className="role-badge role-none">{t('board.noRole')}</span>;
  return (
    <span className="role-badge" style={{ backgroundColor: ROLE_COLORS[role] }}>
      {t(`roles.${role}`)}
    </span>
  );
}
