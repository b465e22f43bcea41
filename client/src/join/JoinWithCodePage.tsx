import { useTranslation } from 'react-i18next';
import { JoinWithCodeForm } from './JoinWithCodeForm';

/**
 * `/join` — the short address on the projector ("moteplass.kommune.no/join"):
 * nothing but the code field, as people know it from Mentimeter and Kahoot.
 */
export function JoinWithCodePage() {
  const { t } = useTranslation();
  return (
    <div className="narrow join-with-code-page">
      <title>{`${t('start.joinPageTitle')} – Møteplass`}</title>
      <h1>{t('start.joinPageTitle')}</h1>
      <p className="lead">{t('start.joinPageIntro')}</p>
      <JoinWithCodeForm />
    </div>
  );
}
