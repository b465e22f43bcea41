import { isLanguage, LANGUAGES, pagePaths } from '@moteplass/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SoundToggle } from '../timer';
import { useScreenSettings } from './screen-settings';

/**
 * The shared screen's settings, in the console: the projector shows no form
 * controls. The screen window runs in this browser, so it reads them from
 * local storage and follows every change at once (screen-settings.ts).
 */
export function ScreenSettingsPanel({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const language = useScreenSettings((state) => state.language);
  const setLanguage = useScreenSettings((state) => state.setLanguage);
  return (
    <section className="panel console-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('screen.settings.heading')}</h2>
      <p>
        {/* A new window, to drag to the projector; it shares this session (same browser). */}
        <a href={pagePaths.screen(workshopId)} target="_blank" rel="noopener">
          {t('console.views.screen')}
        </a>
      </p>
      <p className="hint">{t('console.views.screenHint')}</p>
      <p className="hint">{t('screen.settings.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-language`}>{t('screen.settings.language')}</label>
        <select
          id={`${id}-language`}
          value={language ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            setLanguage(isLanguage(value) ? value : null);
          }}
        >
          <option value="">{t('screen.settings.sameAsHere')}</option>
          {LANGUAGES.map((option) => (
            <option key={option} value={option} lang={option}>
              {t(`language.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <SoundToggle
        place="screen"
        label={t('screen.settings.sound')}
        hint={t('screen.settings.soundHint')}
      />
    </section>
  );
}
