import { ROLES, type ReflectionField, type ReflectionResults } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';
import { formatMean } from './radar-geometry';

interface RoleMeansTableProps {
  fields: readonly ReflectionField[];
  labels: readonly string[];
  results: ReflectionResults;
}

/**
 * The means by role, one column per role the server gave a mean for. The
 * server leaves out every role with fewer than three answers (k-anonymity),
 * so nothing here can point at a person; without any such role the table is
 * not shown, only why.
 */
export function RoleMeansTable({ fields, labels, results }: RoleMeansTableProps) {
  const { t, i18n } = useTranslation();
  const roles = ROLES.filter((role) =>
    fields.some((field) => results[field.id]?.byRole?.[role] !== undefined),
  );
  return (
    <div className="reflection-roles">
      <p className="hint">{t('seriesUi.reflection.results.byRoleNote')}</p>
      {roles.length > 0 && (
        <table className="reflection-table" data-reflection="by-role">
          <caption>{t('seriesUi.reflection.results.byRole')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('seriesUi.reflection.results.field')}</th>
              {roles.map((role) => (
                <th key={role} scope="col">
                  {t(`roles.${role}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {fields.map((field, index) => (
              <tr key={field.id}>
                <th scope="row">{labels[index]}</th>
                {roles.map((role) => {
                  const mean = results[field.id]?.byRole?.[role];
                  return <td key={role}>{mean ? formatMean(mean.mean, i18n.language) : '–'}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
