import './presence.css';
import { useTranslation } from 'react-i18next';

/** "Fasilitator" as a badge, next to the facilitator's name wherever people are listed or credited. */
export function FacilitatorBadge() {
  const { t } = useTranslation();
  return <span className="role-badge facilitator-badge">{t('presence.facilitator')}</span>;
}
