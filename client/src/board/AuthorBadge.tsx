import { ROLE_COLORS, type Role } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';
import { FacilitatorBadge } from '../presence';

interface AuthorBadgeProps {
  role: Role | undefined;
  anonymous: boolean;
  /**
   * The item's author field. Participants always sign with a role, so a
   * signed item without one is the facilitator's (who is not asked for a
   * role); an item without an author (a template's) has no badge of a person.
   */
  author?: string | undefined;
}

/** Who wrote an item, as far as anybody may know: a role, the facilitator, "anonymous", or no role. */
export function AuthorBadge({ role, anonymous, author }: AuthorBadgeProps) {
  const { t } = useTranslation();
  if (anonymous) return <span className="role-badge role-none">{t('board.anonymous')}</span>;
  if (!role && author) return <FacilitatorBadge />;
  if (!role) return <span className="role-badge role-none">{t('board.noRole')}</span>;
  return (
    <span className="role-badge" style={{ backgroundColor: ROLE_COLORS[role] }}>
      {t(`roles.${role}`)}
    </span>
  );
}
