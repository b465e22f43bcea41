import { LIMITS, type PhaseId } from '@moteplass/shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface NoteComposerProps {
  onAdd: (text: string) => void;
  /** The facilitator locked the board (and this person is not the facilitator). */
  locked: boolean;
  /** Writing makes no sense (the session is no longer valid). */
  disabled: boolean;
  /** The phase the note will belong to (the one this board shows). */
  phase?: PhaseId;
}

/** Write one note and put it on the board. */
export function NoteComposer({ onAdd, locked, disabled, phase }: NoteComposerProps) {
  const { t } = useTranslation();
  const id = useId();
  const textArea = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [missingText, setMissingText] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const blocked = locked || disabled;

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (blocked) return;
    const trimmed = text.trim();
    if (!trimmed) {
      setMissingText(true);
      textArea.current?.focus();
      return;
    }
    onAdd(trimmed);
    setText('');
    setMissingText(false);
    setAnnouncement(t('board.noteAdded'));
    textArea.current?.focus();
  }

  const describedBy = [`${id}-hint`, missingText ? `${id}-error` : null].filter(Boolean).join(' ');

  return (
    <section className="panel composer" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('board.composeHeading')}</h2>
      {locked && <p className="notice">{t('board.locked')}</p>}
      <form onSubmit={submit} noValidate>
        <label htmlFor={`${id}-text`}>{t('board.composeLabel')}</label>
        <p id={`${id}-hint`} className="hint">
          {phase && `${t('board.composeInPhase', { phase: t(`phases.${phase}.title`) })} `}
          {t('board.composeHint')}
        </p>
        <textarea
          id={`${id}-text`}
          ref={textArea}
          rows={3}
          maxLength={LIMITS.itemTextLength}
          value={text}
          disabled={blocked}
          aria-describedby={describedBy}
          aria-invalid={missingText || undefined}
          onChange={(event) => {
            setText(event.target.value);
            if (missingText) setMissingText(false);
            setAnnouncement('');
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit(event);
          }}
        />
        {missingText && (
          <p id={`${id}-error`} className="error" role="alert">
            {t('board.textRequired')}
          </p>
        )}
        <button type="submit" disabled={blocked}>
          {t('board.addNote')}
        </button>
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
      </form>
    </section>
  );
}
