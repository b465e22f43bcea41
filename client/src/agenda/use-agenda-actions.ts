import { errorMessageKey, isApiError, useActionRunner, type ErrorMessageKey } from '../api';

export type AgendaFailure = ErrorMessageKey | 'methods.library.endFirst' | 'console.conflict';

/** A running agenda must be ended before another is set; other 409s: somebody changed it first. */
function agendaFailure(error: unknown): AgendaFailure {
  if (isApiError(error) && error.code === 'AGENDA_RUNNING') return 'methods.library.endFirst';
  if (isApiError(error) && error.status === 409) return 'console.conflict';
  return errorMessageKey(error);
}

/** Send the agenda's actions (the panel and the library share one runner). */
export function useAgendaActions(workshopId: string, token: string) {
  return useActionRunner(workshopId, token, agendaFailure);
}

export type AgendaRunner = ReturnType<typeof useAgendaActions>;
