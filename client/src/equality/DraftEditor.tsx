import { LIMITS } from '@moteplass/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface DraftEditorProps {
  number: number;
  initial: string;
  onSave: (text: string) => Promise<boolean>;
  onDelete: () => void;
}

/** One of one's own drafts: edit, save, delete. */
export function DraftEditor({ number, initial, onSave, onDelete }: DraftEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(initial);
  const [saved, setSaved] = useState(true);

  return (
    <li className="draft">
      <label htmlFor={`${id}-text`}>{t('equality.silent.draftLabel', { number })}</label>
      <textarea
        id={`${id}-text`}
        rows={3}
        maxLength={LIMITS.itemTextLength}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setSaved(false);
        }}
      />
      <div className="button-row">
        <button
          type="button"
          disabled={saved}
          onClick={() => void onSave(text).then((ok) => setSaved(ok))}
        >
          {t('equality.silent.save')}
        </button>
        <button type="button" className="quiet" onClick={onDelete}>
          {t('equality.silent.delete', { number })}
        </button>
        {saved && <span className="hint">{t('equality.silent.saved')}</span>}
      </div>
    </li>
  );
}
