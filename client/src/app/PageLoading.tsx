import { useTranslation } from 'react-i18next';

/** While a page's code arrives (each page is its own chunk). */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <p className="page-loading" role="status">
      {t('layout.pageLoading')}
    </p>
  );
}
