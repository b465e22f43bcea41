import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseAction } from '../reflection';
import { useYMapItems, type WorkshopConnection } from '../sync';
import { indicatorsOf, useImpact } from './impact-state';
import { IndicatorLevels } from './IndicatorLevels';
import { MeasurementForm } from './MeasurementForm';

interface MeasurementsConsoleProps {
  connection: WorkshopConnection;
  workshopId: string;
  token: string;
}

/**
 * The console's measurements: every indicator card of the board by level,
 * its line from baseline through the measurements to the target and its
 * status, and a form to record the next measurement.
 */
export function MeasurementsConsole({ connection, workshopId, token }: MeasurementsConsoleProps) {
  const { t } = useTranslation();
  const id = useId();
  const { measurements } = useImpact(connection.workshop);
  const { items } = useYMapItems(connection.items);
  const indicators = indicatorsOf(items);
  const actions = useCaseAction(workshopId, token);
  return (
    <section
      className="panel console-section measurements-console"
      aria-labelledby={`${id}-heading`}
      data-impact="measurements"
    >
      <h2 id={`${id}-heading`}>{t('seriesUi.impact.measurementsConsole')}</h2>
      {actions.failure && (
        <p className="error" role="alert">
          {t(actions.failure)}
        </p>
      )}
      <IndicatorLevels
        indicators={indicators}
        measurements={measurements}
        headingLevel={3}
        controls={(indicator) => (
          <MeasurementForm
            indicatorId={indicator.id}
            name={indicator.item.text}
            measurements={measurements[indicator.id] ?? []}
            actions={actions}
          />
        )}
      />
    </section>
  );
}
