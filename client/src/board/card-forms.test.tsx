import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ActionCardForm } from './ActionCardForm';
import { IndicatorForm } from './IndicatorForm';

describe('produce-phase card forms', () => {
  it('refuses an action card without text and moves focus to the text field', () => {
    const onAdd = vi.fn();
    render(<ActionCardForm onAdd={onAdd} blocked={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Legg til tiltaket' }));
    expect(onAdd).not.toHaveBeenCalled();
    expect(screen.getByText('Skriv hva som skal gjøres.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText(/Hva skal gjøres/));
  });

  it('adds an action card with its fields trimmed and clears the form', () => {
    const onAdd = vi.fn();
    render(<ActionCardForm onAdd={onAdd} blocked={false} />);
    fireEvent.change(screen.getByLabelText(/Hva skal gjøres/), {
      target: { value: '  Åpne biblioteket om kvelden ' },
    });
    fireEvent.change(screen.getByLabelText(/Hvem har ansvaret/), {
      target: { value: ' Frivilligsentralen ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Legg til tiltaket' }));
    expect(onAdd).toHaveBeenCalledWith({
      text: 'Åpne biblioteket om kvelden',
      owner: 'Frivilligsentralen',
      resources: '',
      dueDate: '',
      status: 'planned',
    });
    expect((screen.getByLabelText(/Hva skal gjøres/) as HTMLTextAreaElement).value).toBe('');
  });

  it('keeps the chosen indicator kind and adds nothing while the board is locked', () => {
    const onAdd = vi.fn();
    const { rerender } = render(<IndicatorForm onAdd={onAdd} blocked={true} />);
    fireEvent.submit(screen.getByRole('button', { name: /Legg til/ }).closest('form')!);
    expect(onAdd).not.toHaveBeenCalled();

    rerender(<IndicatorForm onAdd={onAdd} blocked={false} />);
    fireEvent.click(screen.getAllByRole('radio')[2]!);
    fireEvent.change(screen.getByLabelText(/Hva måler vi/), { target: { value: ' Trivsel ' } });
    fireEvent.click(screen.getByRole('button', { name: /Legg til/ }));
    expect(onAdd).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'impact', text: 'Trivsel' }),
    );
  });
});
