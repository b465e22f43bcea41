import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${t('shell.notFoundTitle')} – Møteplass`}</title>
      <h1>{t('shell.notFoundTitle')}</h1>
      <p>{t('shell.notFoundBody')}</p>
      <p>
        <Link to="/">{t('shell.backHome')}</Link>
      </p>
    </>
  );
}
