import { ROLE_COLORS, type NoteItem, type PhaseId, type Role } from '@moteplass/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface NoteEntry {
  id: string;
  note: NoteItem;
}

interface NoteListProps {
  notes: readonly NoteEntry[];
  malformed: number;
  /** The phase whose notes these are, named in the heading. */
  phase?: PhaseId;
  /** More to show on a note (the equality controls' dots and vote results). */
  extras?: (entry: NoteEntry) => ReactNode;
}

/** The notes as a list: the accessible view of the board (a canvas comes later). */
export function NoteList({ notes, malformed, phase, extras }: NoteListProps) {
  const { t } = useTranslation();
  return (
    <section className="notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading">
        {phase
          ? t('board.notesInPhase', { phase: t(`phases.${phase}.title`) })
          : t('board.notesHeading')}{' '}
        <span className="count">({notes.length})</span>
      </h2>
      {malformed > 0 && <p className="notice">{t('board.malformed', { count: malformed })}</p>}
      {notes.length === 0 ? (
        <p className="empty">{t('board.noNotes')}</p>
      ) : (
        // role="list": Safari drops list semantics from a list without bullets.
        <ul role="list" className="note-list">
          {notes.map(({ id, note }) => (
            <li key={id} className={`note note-${note.color}`}>
              <p className="note-text">{note.text}</p>
              <p className="note-meta">
                <AuthorBadge role={note.authorRole} anonymous={note.anonymous === true} />
                {extras?.({ id, note })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function AuthorBadge({ role, anonymous }: { role: Role | undefined; anonymous: boolean }) {
  const { t } = useTranslation();
  if (anonymous) return <span className="role-badge role-none">{t('board.anonymous')}</span>;
  if (!role) return <span className="role-badge role-none">{t('board.noRole')}</span>;
  return (
    <span className="role-badge" style={{ backgroundColor: ROLE_COLORS[role] }}>
      {t(`roles.${role}`)}
    </span>
  );
}
