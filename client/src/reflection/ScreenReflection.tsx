import type { ReflectionState } from '@moteplass/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ReflectionResults } from './ReflectionResults';

/**
 * The shared screen's reflection: while a round is open, how many have
 * answered (never what); once closed, the chart with the previous round behind
 * it and the table of means and changes, large enough to read across a room.
 */
export function ScreenReflection({ round }: { round: ReflectionState }) {
  const { t } = useTranslation();
  const id = useId();
  if (round.status === 'open') {
    return (
      <section
        className="screen-results screen-reflection-open"
        aria-labelledby={`${id}-heading`}
        data-screen="reflection"
      >
        <h2 id={`${id}-heading`}>{t('seriesUi.reflection.heading')}</h2>
        <p className="screen-reflection-count" aria-live="polite">
          {t('seriesUi.reflection.responses', { count: round.responses })}
        </p>
      </section>
    );
  }
  if (!round.results) return null;
  return (
    <div className="screen-results screen-reflection" data-screen="reflection">
      <ReflectionResults
        fields={round.fields}
        results={round.results}
        responses={round.responses}
        previous={round.previous}
        place="screen"
      />
    </div>
  );
}
