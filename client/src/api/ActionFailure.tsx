import type { Catalogue } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';
import type { ErrorMessageKey } from './api-error';

/**
 * The message keys an action failure is said in: the general ones, and those
 * of the controls that word their own codes (the console's conflict, the
 * equality controls' errors; see their `failureKey`s for `useActionRunner`).
 */
export type FailureKey =
  | ErrorMessageKey
  | 'console.conflict'
  | `equality.errors.${keyof Catalogue['equality']['errors'] & string}`;

/** Why the last action of a control failed, said at once (`role="alert"`). */
export function ActionFailure({ failure }: { failure: FailureKey | null }) {
  const { t } = useTranslation();
  if (!failure) return null;
  return (
    <p className="error" role="alert">
      {t(failure)}
    </p>
  );
}
