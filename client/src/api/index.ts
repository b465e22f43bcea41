export { ApiError, errorMessageKey, isApiError, type ErrorMessageKey } from './api-error';
export {
  createFacilitatorSession,
  createParticipantSession,
  createWorkshop,
  fetchWorkshopSummary,
  lookupJoinCode,
} from './workshops';
export { checkSession } from './session-check';
export { useWorkshopSummary, type SummaryState } from './use-workshop-summary';
