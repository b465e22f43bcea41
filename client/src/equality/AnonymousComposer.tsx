import { LIMITS, type PhaseId } from '@moteplass/shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionFailure } from '../api';
import type { EqualityActions } from './use-equality-action';

interface AnonymousComposerProps {
  phase: PhaseId;
  /** `required`: the phase is anonymous; `optional`: the writer may tick "send anonymously". */
  anonymity: 'required' | 'optional';
  onAttributed: (text: string) => void;
  actions: EqualityActions;
  blocked: boolean;
}

/**
 * Write a note that the server creates without an author (`addAnonymousNote`).
 * It publishes nothing while one types: no presence, no draft on the board,
 * so nobody can see who is writing the anonymous note (ANON-3).
 */
export function AnonymousComposer(props: AnonymousComposerProps) {
  const { phase, anonymity, onAttributed, actions, blocked } = props;
  const { t } = useTranslation();
  const id = useId();
  const textArea = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(anonymity === 'required');
  const [missingText, setMissingText] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const sendAnonymously = anonymity === 'required' || anonymous;

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    const trimmed = text.trim();
    if (blocked || actions.pending !== null) return;
    if (!trimmed) {
      setMissingText(true);
      textArea.current?.focus();
      return;
    }
    setAnnouncement('');
    if (sendAnonymously) {
      // Kept until the server has it: a failed send loses nothing.
      if (!(await actions.run({ type: 'addAnonymousNote', text: trimmed, phase }))) return;
      setAnnouncement(t('equality.anonymity.sent'));
    } else {
      onAttributed(trimmed);
      setAnnouncement(t('board.noteAdded'));
    }
    setText('');
    setMissingText(false);
    textArea.current?.focus();
  }

  return (
    <section className="panel composer" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {anonymity === 'required'
          ? t('equality.anonymity.composeHeading')
          : t('board.composeHeading')}
      </h2>
      {anonymity === 'required' && <p className="notice">{t('equality.anonymity.notice')}</p>}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <label htmlFor={`${id}-text`}>{t('board.composeLabel')}</label>
        <textarea
          id={`${id}-text`}
          ref={textArea}
          rows={3}
          maxLength={LIMITS.itemTextLength}
          value={text}
          disabled={blocked}
          aria-invalid={missingText || undefined}
          aria-describedby={missingText ? `${id}-error` : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setMissingText(false);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit(event);
          }}
        />
        {missingText && (
          <p id={`${id}-error`} className="error" role="alert">
            {t('board.textRequired')}
          </p>
        )}
        {anonymity === 'optional' && (
          <label className="choice">
            <input
              type="checkbox"
              checked={anonymous}
              aria-describedby={`${id}-anonymous-hint`}
              onChange={(event) => setAnonymous(event.target.checked)}
            />{' '}
            {t('equality.anonymity.sendAnonymously')}
            <span id={`${id}-anonymous-hint`} className="hint">
              {' '}
              {t('equality.anonymity.sendAnonymouslyHint')}
            </span>
          </label>
        )}
        <button type="submit" disabled={blocked}>
          {t('board.addNote')}
        </button>
        <ActionFailure failure={actions.failure} />
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
      </form>
    </section>
  );
}
