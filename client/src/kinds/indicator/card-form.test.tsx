import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { IndicatorForm } from '../../board/IndicatorForm';

describe('the indicator card form (version 2 fields)', () => {
  it('KINDUI-5: asks where the figures come from, who measures and when, and keeps them', () => {
    const onAdd = vi.fn();
    render(<IndicatorForm onAdd={onAdd} blocked={false} />);
    fireEvent.change(screen.getByLabelText(/Hva måler vi/), { target: { value: 'Trivsel' } });
    fireEvent.change(screen.getByLabelText('Datakilde'), { target: { value: ' Ungdata ' } });
    fireEvent.change(screen.getByLabelText('Hvem måler'), { target: { value: 'Skolen' } });
    fireEvent.change(screen.getByLabelText('Når det måles'), { target: { value: 'Hver vår' } });
    fireEvent.click(screen.getByRole('button', { name: /Legg til/ }));
    expect(onAdd).toHaveBeenCalledWith(
      expect.objectContaining({
        text: 'Trivsel',
        dataSource: 'Ungdata',
        measuredBy: 'Skolen',
        schedule: 'Hver vår',
      }),
    );
  });
});
