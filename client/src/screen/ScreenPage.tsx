import { useCallback, useEffect, useMemo } from 'react';
import { I18nextProvider } from 'react-i18next';
import { useParams } from 'react-router';
import { useWorkshopSummary } from '../api';
import { SCREEN_SETTINGS_STORAGE, useScreenSettings, useStorageSync } from '../console';
import { createI18n, effectiveLanguage, useLanguageStore, useWorkshopLanguage } from '../i18n';
import { FacilitatorPage } from '../facilitator';
import { rehydrateSound, SOUND_STORAGE } from '../timer';
import { LiveScreen } from './LiveScreen';

/** The device's own language choice, as the language store keeps it (i18n/language-store.ts). */
const LANGUAGE_STORAGE = 'moteplass.language';
const WATCHED_STORAGE = [SCREEN_SETTINGS_STORAGE, SOUND_STORAGE, LANGUAGE_STORAGE];

/**
 * `/w/:id/screen` — the projector's view: the board of the current phase,
 * the way in, the timer, who has the floor, a closed vote's results. No
 * controls: its language and sound are set in the console of the same
 * browser and arrive here through local storage. It shows the join code, so
 * it opens only with the facilitator's session on this device (the console
 * opens it in a new window).
 */
export function ScreenPage() {
  const { id = '' } = useParams();
  const summary = useWorkshopSummary(id);
  const ready = summary.status === 'ready' ? summary.summary : undefined;
  useWorkshopLanguage(ready?.language);
  const deviceLanguage = useLanguageStore(effectiveLanguage);
  const screenLanguage = useScreenSettings((state) => state.language);
  const language = screenLanguage ?? deviceLanguage;
  const i18n = useMemo(() => createI18n(language), [language]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const rehydrate = useCallback(() => {
    void useScreenSettings.persist.rehydrate();
    void useLanguageStore.persist.rehydrate();
    rehydrateSound();
  }, []);
  useStorageSync(WATCHED_STORAGE, rehydrate);

  return (
    <I18nextProvider i18n={i18n}>
      <ScreenBody workshopId={id} fallbackTitle={ready?.title ?? null} />
    </I18nextProvider>
  );
}

function ScreenBody({
  workshopId,
  fallbackTitle,
}: {
  workshopId: string;
  fallbackTitle: string | null;
}) {
  return (
    <FacilitatorPage
      workshopId={workshopId}
      titleKey="screen.title"
      refusalKey="screen.needsFacilitator"
      landmark="main"
    >
      {(connection, state, session) => (
        <LiveScreen
          workshopId={workshopId}
          session={session}
          fallbackTitle={fallbackTitle}
          connection={connection}
          state={state}
        />
      )}
    </FacilitatorPage>
  );
}
