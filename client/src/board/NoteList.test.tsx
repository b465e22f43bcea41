import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { useYMapItems } from '../sync';
import { addNote } from './add-note';
import { listByPhase } from './list-items';
import { NoteList } from './NoteList';

function Board({ items, editable }: { items: Y.Map<unknown>; editable: boolean }) {
  const { items: entries, malformed } = useYMapItems(items);
  return (
    <NoteList
      items={listByPhase(entries).explore}
      malformed={malformed}
      phase="explore"
      {...(editable ? { editable: items } : {})}
    />
  );
}

function boardWithNote(text = 'Bussen går for sjelden') {
  const doc = new Y.Doc();
  const items = doc.getMap<unknown>('items');
  const id = addNote(items, { text, phase: 'explore', author: 'p1', authorRole: 'innbygger' });
  // Furniture stays out of the list: the phase frame and its prompts.
  items.set(
    'frame-explore',
    new Y.Map<unknown>(
      Object.entries({
        type: 'frame',
        x: 0,
        y: 0,
        w: 1,
        h: 1,
        phase: 'explore',
        title: 'Utforske',
      }),
    ),
  );
  items.set(
    'prompt-explore-0',
    new Y.Map<unknown>(
      Object.entries({
        type: 'text',
        x: 0,
        y: 0,
        w: 1,
        h: 1,
        phase: 'explore',
        text: 'Hva er problemet?',
      }),
    ),
  );
  return { items, id };
}

describe('NoteList (the accessible list twin)', () => {
  it('lists every item of the phase with its type and text, leaving out frames and prompts', () => {
    const { items } = boardWithNote();
    items.set(
      's1',
      new Y.Map<unknown>(
        Object.entries({
          type: 'shape',
          shape: 'ellipse',
          x: 0,
          y: 0,
          w: 1,
          h: 1,
          phase: 'explore',
          text: 'Sykkelvei',
        }),
      ),
    );
    render(<Board items={items} editable />);
    const list = screen.getByRole('list');
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    const texts = rows.map((row) => row.textContent ?? '');
    expect(texts.some((text) => text.startsWith('LappBussen går for sjelden'))).toBe(true);
    expect(texts.some((text) => text.startsWith('FigurSykkelvei'))).toBe(true);
    expect(screen.queryByText('Hva er problemet?')).toBeNull();
  });

  it('edits in place: Enter saves, Escape cancels', () => {
    const { items, id } = boardWithNote();
    render(<Board items={items} editable />);
    fireEvent.click(screen.getByRole('button', { name: 'Rediger' }));
    const field = screen.getByLabelText('Ny tekst');
    fireEvent.change(field, { target: { value: 'Bussen går for sjelden om kvelden' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect((items.get(id) as Y.Map<unknown>).get('text')).toBe('Bussen går for sjelden om kvelden');
    expect(screen.getByText('Endringen er lagret.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Rediger' }));
    fireEvent.change(screen.getByLabelText('Ny tekst'), { target: { value: 'Noe annet' } });
    fireEvent.keyDown(screen.getByLabelText('Ny tekst'), { key: 'Escape' });
    expect((items.get(id) as Y.Map<unknown>).get('text')).toBe('Bussen går for sjelden om kvelden');
    expect(screen.queryByLabelText('Ny tekst')).toBeNull();
  });

  it('moves an item to another phase, into that phase’s frame', () => {
    const { items, id } = boardWithNote();
    render(<Board items={items} editable />);
    fireEvent.change(screen.getByLabelText('Flytt til fase'), { target: { value: 'design' } });
    fireEvent.click(screen.getByRole('button', { name: 'Flytt' }));
    const moved = items.get(id) as Y.Map<unknown>;
    expect(moved.get('phase')).toBe('design');
    expect(moved.get('x')).toBeGreaterThanOrEqual(1800);
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toMatch(/flyttet til Designe/);
  });

  it('deletes, moves focus to the undo, and undoes', () => {
    const { items, id } = boardWithNote();
    render(<Board items={items} editable />);
    fireEvent.click(screen.getByRole('button', { name: 'Slett' }));
    expect(items.has(id)).toBe(false);
    const undo = screen.getByRole('button', { name: 'Angre slettingen' });
    expect(document.activeElement).toBe(undo);
    fireEvent.click(undo);
    expect((items.get(id) as Y.Map<unknown>).get('text')).toBe('Bussen går for sjelden');
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });

  it('is read-only without the right to write (a locked board)', () => {
    const { items } = boardWithNote();
    render(<Board items={items} editable={false} />);
    expect(screen.getByText('Bussen går for sjelden')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});
