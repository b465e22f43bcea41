import { isActionStatus, type SeriesAction, type SeriesMeetup } from '@moteplass/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../workshop';

/** The actions (who does what, by when) with their status and the meetup that last had them. */
export function SeriesActions({
  actions,
  meetups,
}: {
  actions: readonly SeriesAction[];
  meetups: readonly SeriesMeetup[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const format = useFormatters();
  const meetupOf = (meetupId: string) => meetups.find((m) => m.id === meetupId)?.index;
  return (
    <section
      className="panel series-section"
      aria-labelledby={`${id}-heading`}
      data-series="actions"
    >
      <h2 id={`${id}-heading`}>{t('seriesUi.series.actions')}</h2>
      {actions.length === 0 ? (
        <p className="empty">{t('seriesUi.series.noActions')}</p>
      ) : (
        <div
          className="table-scroll"
          tabIndex={0}
          role="group"
          aria-label={t('seriesUi.series.actions')}
        >
          <table className="series-table">
            <thead>
              <tr>
                <th scope="col">{t('seriesUi.series.action')}</th>
                <th scope="col">{t('seriesUi.series.owner')}</th>
                <th scope="col">{t('seriesUi.series.dueDate')}</th>
                <th scope="col">{t('seriesUi.series.actionStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((action) => {
                const index = meetupOf(action.meetupId);
                return (
                  <tr key={action.id}>
                    <th scope="row">
                      {action.text}
                      {index !== undefined && (
                        <span className="muted"> ({t('seriesUi.series.meetup', { index })})</span>
                      )}
                    </th>
                    <td>{action.owner || '–'}</td>
                    <td>{action.dueDate ? format.date(action.dueDate) : '–'}</td>
                    <td>
                      {isActionStatus(action.status)
                        ? t(`itemKinds.action.statuses.${action.status}`)
                        : '–'}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
