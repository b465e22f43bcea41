import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CopyFieldProps {
  label: string;
  copyLabel: string;
  value: string;
}

/** A read-only link with a copy button; falls back to "select it yourself" where the clipboard is closed. */
export function CopyField({ label, copyLabel, value }: CopyFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);

  async function copy() {
    try {
      // The async clipboard needs a secure context; plain-http intranet hosts do not have one.
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      setResult('copied');
    } catch {
      input.current?.select();
      setResult('failed');
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="inline-field">
        <input
          id={id}
          ref={input}
          readOnly
          value={value}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" onClick={() => void copy()}>
          {copyLabel}
        </button>
      </div>
      <p role="status" className="hint">
        {result === 'copied'
          ? t('created.copied')
          : result === 'failed'
            ? t('created.copyFailed')
            : ''}
      </p>
    </div>
  );
}
