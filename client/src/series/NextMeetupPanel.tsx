import { pagePaths } from '@moteplass/shared';
import { LIMITS } from '@moteplass/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { caseFailureKey, type CaseFailure } from '../reflection';
import { useFacilitatorKeys, useSessionStore } from '../session';
import { startNextMeetup } from './series-api';

interface NextMeetupPanelProps {
  workshopId: string;
  title: string | null;
}

/**
 * The console's series section: start the next meetup on the same case (it
 * carries over the case, the action and indicator cards, the impact chain
 * and the reflections — not the people or their notes), and the way to the
 * series page. The earlier meetup's facilitator key is the proof; this
 * device remembers it from entering the console, else it is asked for.
 */
export function NextMeetupPanel({ workshopId, title }: NextMeetupPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const knownKey = useFacilitatorKeys((s) => s.keys[workshopId]);
  const rememberKey = useFacilitatorKeys((s) => s.remember);
  const rememberSession = useSessionStore((s) => s.remember);
  const [nextTitle, setNextTitle] = useState('');
  const [key, setKey] = useState('');
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<CaseFailure | null>(null);
  const [created, setCreated] = useState<string | null>(null);

  const start = (event: FormEvent) => {
    event.preventDefault();
    const seriesKey = knownKey ?? key.trim();
    const chosen = nextTitle.trim() || title || '';
    if (!seriesKey || !chosen) return;
    setPending(true);
    setFailure(null);
    startNextMeetup(workshopId, seriesKey, chosen.slice(0, LIMITS.titleLength)).then(
      ({ created: reply, token, participantId }) => {
        if (!knownKey) rememberKey(workshopId, seriesKey);
        rememberKey(reply.id, reply.facilitatorKey);
        rememberSession(reply.id, {
          token,
          participantId,
          facilitator: true,
          name: null,
          role: null,
          joinCode: null,
        });
        setCreated(reply.id);
        setPending(false);
      },
      (error: unknown) => {
        setFailure(caseFailureKey(error));
        setPending(false);
      },
    );
  };

  return (
    <section className="panel console-section series-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('seriesUi.series.heading')}</h2>
      <p>
        <Link to={pagePaths.series(workshopId)}>{t('seriesUi.series.page')}</Link>
      </p>
      <p className="hint">{t('seriesUi.series.intro')}</p>
      <form onSubmit={start} data-series="next">
        <label className="field">
          <span>{t('seriesUi.series.nextTitle')}</span>
          <input
            value={nextTitle}
            placeholder={title ?? ''}
            maxLength={LIMITS.titleLength}
            onChange={(e) => setNextTitle(e.target.value)}
          />
        </label>
        {!knownKey && (
          <label className="field">
            <span>{t('seriesUi.series.key')}</span>
            <input
              value={key}
              autoComplete="off"
              required
              onChange={(e) => setKey(e.target.value)}
            />
          </label>
        )}
        <button type="submit" className="primary" disabled={pending}>
          {t('seriesUi.series.next')}
        </button>
      </form>
      {failure && (
        <p className="error" role="alert">
          {t(failure)}
        </p>
      )}
      {created && (
        <p className="notice" role="status">
          {t('seriesUi.series.created')}{' '}
          <Link to={pagePaths.console(created)}>{t('seriesUi.series.openNext')}</Link>
        </p>
      )}
    </section>
  );
}
