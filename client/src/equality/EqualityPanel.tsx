import {
  countContributions,
  roleShares,
  type Airtime,
  type NoteItem,
  type Presence,
} from '@moteplass/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration, percent } from './format';
import { RoleDot } from './RoleDot';
import { RoleShareChart } from './RoleShareChart';

interface EqualityPanelProps {
  airtime: Airtime;
  presence: Pick<Presence, 'byRole'>;
  notes: readonly NoteItem[];
}

/**
 * "Who gets the floor": each role's share of airtime and of notes against
 * its share of the people present — a chart for the room, a table for
 * everyone. Anonymous notes are counted apart and never by role.
 */
export function EqualityPanel({ airtime, presence, notes }: EqualityPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const contributions = countContributions(notes);
  const rows = roleShares(airtime, presence, contributions).filter(
    (row) => row.present > 0 || row.airtimeMs > 0 || row.notes > 0,
  );

  return (
    <section className="panel console-section equality-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('equality.panel.heading')}</h2>
      <p className="hint">{t('equality.panel.intro')}</p>
      {rows.length === 0 ? (
        <p className="empty">{t('equality.panel.nobodyYet')}</p>
      ) : (
        <>
          <RoleShareChart rows={rows} />
          <table className="role-share-table">
            <caption>{t('equality.panel.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('equality.panel.role')}</th>
                <th scope="col">{t('equality.panel.present')}</th>
                <th scope="col">{t('equality.panel.airtime')}</th>
                <th scope="col">{t('equality.panel.notes')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.role}>
                  <th scope="row">
                    <RoleDot role={row.role} /> {t(`roles.${row.role}`)}
                  </th>
                  <td>
                    {t('equality.panel.share', {
                      value: row.present,
                      percent: percent(row.presentShare),
                    })}
                  </td>
                  <td>
                    {t('equality.panel.share', {
                      value: formatDuration(row.airtimeMs),
                      percent: percent(row.airtimeShare),
                    })}
                  </td>
                  <td>
                    {t('equality.panel.share', {
                      value: row.notes,
                      percent: percent(row.notesShare),
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {contributions.anonymous > 0 && (
        <p>{t('equality.panel.anonymousNotes', { count: contributions.anonymous })}</p>
      )}
      {airtime.withoutRoleMs > 0 && (
        <p>
          {t('equality.panel.facilitatorAirtime', { time: formatDuration(airtime.withoutRoleMs) })}
        </p>
      )}
    </section>
  );
}
