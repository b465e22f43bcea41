import { EMPTY_AIRTIME, EMPTY_PRESENCE, addTurn, type NoteItem } from '@moteplass/shared';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EqualityPanel } from './EqualityPanel';
import { formatDuration } from './format';

const note = (fields: Partial<NoteItem>): NoteItem => ({
  type: 'note',
  x: 0,
  y: 0,
  w: 200,
  h: 200,
  phase: 'explore',
  text: 'x',
  color: 'yellow',
  ...fields,
});

describe('EqualityPanel', () => {
  it('gives the numbers behind the chart as a table, by role', () => {
    let airtime = addTurn(EMPTY_AIRTIME, { participantId: 'k', role: 'innbygger', ms: 65_000 });
    airtime = addTurn(airtime, { participantId: 'p', role: 'politiker', ms: 195_000 });
    const presence = { byRole: { ...EMPTY_PRESENCE.byRole, innbygger: 3, politiker: 1 } };
    render(
      <EqualityPanel
        airtime={airtime}
        presence={presence}
        notes={[note({ authorRole: 'innbygger' }), note({ anonymous: true })]}
      />,
    );
    expect(screen.getByRole('img', { name: /Stolpediagram/ })).toBeTruthy();
    const citizens = screen.getByRole('row', { name: /Innbygger/ });
    expect(
      within(citizens)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['3 (75 %)', '1:05 (25 %)', '1 (100 %)']);
    expect(screen.getByText('1 anonym lapp er ikke regnet med på noen rolle.')).toBeTruthy();
    // Roles nobody has are left out.
    expect(screen.queryByRole('row', { name: /Forsker/ })).toBeNull();
  });

  it('says so when there is nothing to show yet', () => {
    render(<EqualityPanel airtime={EMPTY_AIRTIME} presence={EMPTY_PRESENCE} notes={[]} />);
    expect(screen.getByText('Ingen tall ennå.')).toBeTruthy();
  });
});

describe('formatDuration', () => {
  it('reads like a clock', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(65_400)).toBe('1:05');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
    expect(formatDuration(-5)).toBe('0:00');
  });
});
