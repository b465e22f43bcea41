export { ApiError, errorMessageKey, isApiError, type ErrorMessageKey } from './api-error';
export {
  createFacilitatorSession,
  createParticipantSession,
  createWorkshop,
  fetchWorkshopSummary,
  lookupJoinCode,
} from './workshops';
export { checkSession, type SessionCheck } from './session-check';
export { useWorkshopSummary, type SummaryState } from './use-workshop-summary';
export { postAction } from './actions';
export {
  hasStrings,
  isRecord,
  request,
  requestJson,
  workshopPath,
  type ReplyCheck,
  type RequestOptions,
} from './request';
export { useActionRunner } from './use-action-runner';
export { ActionFailure, type FailureKey } from './ActionFailure';
