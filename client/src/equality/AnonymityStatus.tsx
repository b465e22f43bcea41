import type { AnonymityState } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';

/** What anonymous mode is now, in one or two sentences. */
export function AnonymityStatus({ anonymity }: { anonymity: AnonymityState }) {
  const { t } = useTranslation();
  const { mode, phase, allowSingle } = anonymity;
  return (
    <p className="status-line">
      {mode === 'workshop'
        ? t('equality.anonymity.statusWorkshop')
        : mode === 'phase' && phase
          ? t('equality.anonymity.statusPhase', { phase: t(`phases.${phase}.title`) })
          : t('equality.anonymity.statusOff')}
      {mode === 'off' && allowSingle && <> {t('equality.anonymity.statusSingle')}</>}
    </p>
  );
}
