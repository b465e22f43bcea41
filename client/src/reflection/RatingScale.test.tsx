import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RatingScale } from './RatingScale';

describe('a field’s 1–5 choice', () => {
  it('REFLUI-3: is a radio group named by its field, each choice named with the scale’s word', () => {
    const onChange = vi.fn();
    render(
      <RatingScale
        name="r"
        legend="Tillit"
        statement="Vi stoler på hverandre."
        value={null}
        invalid={false}
        onChange={onChange}
      />,
    );
    const group = screen.getByRole('group', { name: 'Tillit' });
    expect(group).toBeTruthy();
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(5);
    fireEvent.click(screen.getByRole('radio', { name: '4 – Enig' }));
    expect(onChange).toHaveBeenCalledWith(4);
    expect(screen.getByRole('radio', { name: '1 – Helt uenig' })).toBeTruthy();
  });
});
