import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopConnection } from '../sync';
import { CurrentSpeaker } from './CurrentSpeaker';
import { useEqualityState } from './equality-state';
import { SpeakingQueue } from './SpeakingQueue';

/** The speakers' list on the shared screen: who speaks, the countdown, who waits. No controls. */
export function ScreenSpeakingQueue({ connection }: { connection: WorkshopConnection }) {
  const { t } = useTranslation();
  const id = useId();
  const { speaking } = useEqualityState(connection.workshop);
  return (
    <section className="panel screen-speaking" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('equality.speaking.heading')}</h2>
      <CurrentSpeaker speaking={speaking} />
      <SpeakingQueue queue={speaking.queue} headingId={`${id}-queue`} />
    </section>
  );
}
