import { parseBoardItem } from '@moteplass/shared';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { ballotText } from '../index';
import { addPoll, pollFields } from './add-poll';
import { PollForm } from './PollForm';

describe('making a poll', () => {
  it('KINDUI-4: refuses a poll without a question or with fewer than two options, focus on the field', () => {
    const onAdd = vi.fn();
    render(<PollForm onAdd={onAdd} blocked={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Legg på tavla' }));
    expect(onAdd).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Skriv et spørsmål.');
    expect(document.activeElement).toBe(screen.getByLabelText('Spørsmål'));
    fireEvent.change(screen.getByLabelText('Spørsmål'), {
      target: { value: 'Hva tester vi først?' },
    });
    fireEvent.change(screen.getByLabelText('Alternativ 1'), { target: { value: 'Gåbuss' } });
    fireEvent.click(screen.getByRole('button', { name: 'Legg på tavla' }));
    expect(onAdd).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByLabelText('Alternativ 1'));
  });

  it('KINDUI-4: adds a question with its options, trimmed, up to eight', () => {
    const onAdd = vi.fn();
    render(<PollForm onAdd={onAdd} blocked={false} />);
    fireEvent.change(screen.getByLabelText('Spørsmål'), {
      target: { value: ' Hva tester vi først? ' },
    });
    fireEvent.change(screen.getByLabelText('Alternativ 1'), { target: { value: 'Gåbuss' } });
    fireEvent.change(screen.getByLabelText('Alternativ 2'), { target: { value: 'Sykkeltog ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Legg til alternativ' }));
    fireEvent.change(screen.getByLabelText('Alternativ 3'), { target: { value: 'Trygge soner' } });
    fireEvent.click(screen.getByRole('button', { name: 'Legg på tavla' }));
    expect(onAdd).toHaveBeenCalledWith({
      question: 'Hva tester vi først?',
      options: ['Gåbuss', 'Sykkeltog', 'Trygge soner'],
    });
    expect(pollFields({ question: 'q', options: Array.from({ length: 9 }, () => 'x') })).toBeNull();
  });

  it('puts a valid poll card on the board whose ballot names its options', () => {
    const doc = new Y.Doc();
    const items = doc.getMap<unknown>('items');
    const id = addPoll(items, { question: 'Hva først?', options: ['A', 'B'] }, 'design', {
      author: 'p1',
      authorRole: 'innbygger',
    });
    const raw = (items.get(id) as Y.Map<unknown>).toJSON();
    const poll = parseBoardItem(raw);
    expect(poll).toMatchObject({ type: 'poll', phase: 'design', options: ['A', 'B'] });
    const byId = new Map([[id, poll!]]);
    expect(ballotText(`${id}:1`, byId)).toBe('B');
    expect(ballotText(`${id}:7`, byId)).toBeNull();
  });
});
