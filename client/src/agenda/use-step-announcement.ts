import { currentAgendaStep, type AgendaState } from '@moteplass/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { announce } from '../workshop';

/**
 * Say "New step: …" in the page's live region when the running step changes
 * (not when the page first loads: what is already running is on screen).
 */
export function useStepAnnouncement(agenda: AgendaState | null, ready: boolean): void {
  const { t } = useTranslation();
  const step = currentAgendaStep(agenda);
  const key = step && agenda ? `${agenda.current}:${step.startedAt}` : null;
  const last = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (!ready) return;
    if (last.current !== undefined && key !== null && key !== last.current && step) {
      announce(t('methods.agenda.started', { title: step.title }));
    }
    last.current = key;
  }, [key, ready, step, t]);
}
