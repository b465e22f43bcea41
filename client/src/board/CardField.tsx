import { LIMITS } from '@moteplass/shared';
import type { ReactNode } from 'react';

interface CardFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  value: string;
  onChange: (value: string) => void;
  disabled: boolean;
  /** `textarea` for the main text, `date` for a due date. */
  kind?: 'text' | 'textarea' | 'date';
  children?: ReactNode;
}

/** One labelled field of a structured card, with its hint and its error. */
export function CardField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  disabled,
  kind = 'text',
}: CardFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    value,
    disabled,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {kind === 'textarea' ? (
        <textarea
          {...common}
          rows={2}
          maxLength={LIMITS.itemTextLength}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input
          {...common}
          type={kind}
          maxLength={kind === 'date' ? undefined : LIMITS.cardFieldLength}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {error && (
        <p id={`${id}-error`} className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
