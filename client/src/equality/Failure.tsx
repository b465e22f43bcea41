import { useTranslation } from 'react-i18next';
import type { EqualityFailure } from './use-equality-action';

/** Why the last action of a control failed, said at once. */
export function Failure({ failure }: { failure: EqualityFailure | null }) {
  const { t } = useTranslation();
  if (!failure) return null;
  return (
    <p className="error" role="alert">
      {t(failure)}
    </p>
  );
}
