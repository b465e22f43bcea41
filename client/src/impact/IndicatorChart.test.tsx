import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IndicatorChart } from './IndicatorChart';

describe('an indicator’s line chart', () => {
  it('REFLUI-2: is one labelled image with a table twin of baseline, every measurement and target', () => {
    const { container } = render(
      <IndicatorChart
        name="Andel ensomme"
        baseline={34}
        target={25}
        measurements={[
          { id: 'b', value: 28, date: '2026-06-01', note: 'Høst' },
          { id: 'a', value: 31.5, date: '2026-03-01', note: '' },
        ]}
      />,
    );
    expect(screen.getByRole('img', { name: /Linjediagram for Andel ensomme/ })).toBeTruthy();
    expect(container.querySelectorAll('circle')).toHaveLength(3);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'Nullpunkt34',
      '2026-03-0131,5',
      '2026-06-0128Høst',
      'Mål25',
    ]);
  });
});
