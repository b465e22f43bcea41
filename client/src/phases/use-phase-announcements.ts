import type { PhaseId, ViewRequest } from '@moteplass/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { announce } from '../workshop';

interface Seen {
  phase: PhaseId;
  requestedAt: number;
}

/**
 * Says it when the facilitator moves the workshop to another phase, or (for
 * a board that follows) brings everybody's view to one. Once each, politely;
 * `ready` is false until the control document has synced, so the state found
 * on opening the page is not news.
 */
export function usePhaseAnnouncements(
  phase: PhaseId,
  view: ViewRequest | null,
  following: boolean,
  ready: boolean,
): void {
  const { t } = useTranslation();
  const seen = useRef<Seen | null>(null);
  const requestedAt = view?.requestedAt ?? 0;
  const viewPhase = view?.phase ?? phase;

  useEffect(() => {
    if (!ready) return;
    const before = seen.current;
    seen.current = { phase, requestedAt };
    if (!before) return;
    if (before.phase !== phase) {
      announce(t('board.phaseChanged', { phase: t(`phases.${phase}.title`) }));
    } else if (following && before.requestedAt !== requestedAt) {
      announce(t('board.viewMoved', { phase: t(`phases.${viewPhase}.title`) }));
    }
  }, [phase, requestedAt, viewPhase, following, ready, t]);
}
