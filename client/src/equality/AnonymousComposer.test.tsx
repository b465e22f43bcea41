import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnonymousComposer } from './AnonymousComposer';
import type { EqualityActions } from './use-equality-action';

function actions(reply: Record<string, unknown> | null): EqualityActions {
  return { run: vi.fn(async () => reply), pending: null, failure: null };
}

afterEach(() => vi.restoreAllMocks());

describe('AnonymousComposer', () => {
  it('in an anonymous phase sends the note to the server, never to the board', async () => {
    const onAttributed = vi.fn();
    const runner = actions({ ok: true, itemId: 'n1' });
    render(
      <AnonymousComposer
        phase="design"
        anonymity="required"
        onAttributed={onAttributed}
        actions={runner}
        blocked={false}
      />,
    );
    expect(screen.getByText(/Lappene dine blir anonyme/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Tekst på lappen'), { target: { value: ' Idé ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ny lapp' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/anonyme lappen/));
    expect(runner.run).toHaveBeenCalledWith({
      type: 'addAnonymousNote',
      text: 'Idé',
      phase: 'design',
    });
    expect(onAttributed).not.toHaveBeenCalled();
    expect((screen.getByLabelText('Tekst på lappen') as HTMLTextAreaElement).value).toBe('');
  });

  it('keeps the text when the server refuses', async () => {
    render(
      <AnonymousComposer
        phase="explore"
        anonymity="required"
        onAttributed={vi.fn()}
        actions={actions(null)}
        blocked={false}
      />,
    );
    fireEvent.change(screen.getByLabelText('Tekst på lappen'), { target: { value: 'Viktig' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ny lapp' }));
    await waitFor(() =>
      expect((screen.getByLabelText('Tekst på lappen') as HTMLTextAreaElement).value).toBe(
        'Viktig',
      ),
    );
  });

  it('when single anonymous notes are allowed, sends attributed unless ticked', async () => {
    const onAttributed = vi.fn();
    const runner = actions({ ok: true });
    render(
      <AnonymousComposer
        phase="explore"
        anonymity="optional"
        onAttributed={onAttributed}
        actions={runner}
        blocked={false}
      />,
    );
    const text = screen.getByLabelText('Tekst på lappen');
    fireEvent.change(text, { target: { value: 'Med rolle' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ny lapp' }));
    await waitFor(() => expect(onAttributed).toHaveBeenCalledWith('Med rolle'));
    fireEvent.click(screen.getByLabelText(/Send anonymt/));
    fireEvent.change(text, { target: { value: 'Uten navn' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ny lapp' }));
    await waitFor(() =>
      expect(runner.run).toHaveBeenCalledWith({
        type: 'addAnonymousNote',
        text: 'Uten navn',
        phase: 'explore',
      }),
    );
    expect(onAttributed).toHaveBeenCalledTimes(1);
  });
});
