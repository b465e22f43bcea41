import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LanguageSwitcher } from '../i18n';
import { PageLoading } from './PageLoading';

/** The frame of every page: the name, the language menu, and the one <main>. */
export function AppShell() {
  const { t } = useTranslation();
  return (
    <>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="site-name" aria-label={t('shell.home')}>
            {t('app.name')}
          </Link>
          <LanguageSwitcher />
        </div>
      </header>
      <main className="page">
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
