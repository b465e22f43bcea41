import { errorMessageKey, isApiError, type ErrorMessageKey } from '../api';

export type ChoiceFailureKey =
  ErrorMessageKey | 'breakoutChoose.groupFull' | 'breakoutChoose.choiceClosed';

/** What a participant reads when a pick fails: a full group and a closed choice in words of their own. */
export function choiceFailureKey(error: unknown): ChoiceFailureKey {
  if (isApiError(error) && error.code === 'GROUP_FULL') return 'breakoutChoose.groupFull';
  if (isApiError(error) && error.code === 'CHOICE_CLOSED') return 'breakoutChoose.choiceClosed';
  return errorMessageKey(error);
}
