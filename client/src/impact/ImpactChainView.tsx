import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../session';
import { useYMapItems, type WorkshopConnection } from '../sync';
import { ChainForm } from './ChainForm';
import { ChainSummary } from './ChainSummary';
import { actionCardsOf, indicatorsOf, useImpact } from './impact-state';
import { IndicatorLevels } from './IndicatorLevels';

interface ImpactChainViewProps {
  connection: WorkshopConnection;
  workshopId: string;
  session: Session;
  /** The board is locked (or the session refused): the chain is read, not edited. */
  readOnly: boolean;
}

/**
 * The impact chain beside the canvas (produce phase): the structure over the
 * board's action and indicator cards. The cards stay on the board (people
 * place and connect them there); this view shows them in the chain's order,
 * with each indicator's measurements so far. Everyone edits it, as they do
 * the cards, unless the board is locked (the server says the same).
 */
export function ImpactChainView(props: ImpactChainViewProps) {
  const { connection, workshopId, session, readOnly } = props;
  const { t } = useTranslation();
  const id = useId();
  const { chain, measurements } = useImpact(connection.workshop);
  const { items } = useYMapItems(connection.items);
  const actionCards = actionCardsOf(items);
  const indicators = indicatorsOf(items);
  return (
    <details className="panel impact-chain" data-impact="view">
      <summary>
        <h2 id={`${id}-heading`}>{t('seriesUi.impact.heading')}</h2>
      </summary>
      <p className="hint">{t('seriesUi.impact.intro')}</p>
      {!readOnly ? (
        <ChainForm
          chain={chain}
          actionCards={actionCards}
          workshopId={workshopId}
          token={session.token}
        />
      ) : (
        <>
          <ChainSummary chain={chain} actionCards={actionCards} />
          <p className="hint">{t('seriesUi.impact.readOnly')}</p>
        </>
      )}
      <h3>{t('seriesUi.impact.indicators')}</h3>
      <IndicatorLevels indicators={indicators} measurements={measurements} headingLevel={4} />
    </details>
  );
}
