import { useTranslation } from 'react-i18next';
import type { ActionFailure as Failure } from './use-action';

/** Why the last action of a console section failed, said at once. */
export function ActionFailure({ failure }: { failure: Failure | null }) {
  const { t } = useTranslation();
  if (!failure) return null;
  return (
    <p className="error" role="alert">
      {t(failure)}
    </p>
  );
}
