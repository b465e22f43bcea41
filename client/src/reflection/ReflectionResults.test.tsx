import type { ReflectionResults as Results } from '@moteplass/shared';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReflectionResults } from './ReflectionResults';

const spread = { min: 1, max: 5, sd: 1 };
const results: Results = {
  communication: {
    mean: 3.5,
    n: 4,
    spread,
    byRole: { innbygger: { mean: 2.7, n: 3 } },
  },
  trust: { mean: 4, n: 4, spread },
};
const fields = [{ id: 'communication' }, { id: 'trust' }];

describe('a closed reflection round’s results', () => {
  it('REFLUI-2: the radar chart is one labelled image with a table twin of every mean', () => {
    render(<ReflectionResults fields={fields} results={results} responses={4} place="console" />);
    expect(screen.getByRole('img', { name: /Radardiagram/ })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Gjennomsnitt per felt (1–5)' });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]!).getByRole('rowheader').textContent).toBe('Kommunikasjon');
    expect(rows[1]!.textContent).toContain('3,5');
    expect(rows[2]!.textContent).toContain('4,0');
  });

  it('REFLUI-4: draws the previous round behind the current one and gives the change per field', () => {
    const { container } = render(
      <ReflectionResults
        fields={fields}
        results={results}
        responses={4}
        previous={{ communication: 3, trust: 4.2 }}
        place="screen"
      />,
    );
    expect(container.querySelector('[data-profile="previous"]')).toBeTruthy();
    expect(container.querySelector('[data-profile="current"]')).toBeTruthy();
    const table = screen.getByRole('table');
    expect(table.textContent).toContain('+0,5');
    expect(table.textContent).toContain('−0,2');
    expect(screen.getByText('Forrige runde')).toBeTruthy();
  });

  it('REFLUI-5: shows a role’s mean only where the server gave one, and no role table without any', () => {
    render(<ReflectionResults fields={fields} results={results} responses={4} place="console" />);
    const byRole = screen.getByRole('table', { name: 'Snitt etter rolle' });
    expect(
      within(byRole)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Felt', 'Innbygger']);
    expect(byRole.textContent).toContain('2,7');
    const { trust: _t, ...withoutRoles } = results;
    const none = { communication: { ...withoutRoles.communication!, byRole: undefined } };
    render(
      <ReflectionResults
        fields={[{ id: 'communication' }]}
        results={none}
        responses={2}
        place="console"
      />,
    );
    expect(screen.getAllByRole('table', { name: 'Snitt etter rolle' })).toHaveLength(1);
  });
});
