import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AuthorBadge } from '../board/AuthorBadge';
import { i18n } from '../i18n';
import { personLabel, personText } from './person-label';
import { WhoIsHere } from './WhoIsHere';
import type { Peer, PresenceState } from './presence-state';

const t = i18n.t.bind(i18n);
const person = (over: Partial<PresenceState>): PresenceState => ({
  name: null,
  role: null,
  facilitator: false,
  color: '#000000',
  cursor: null,
  selection: [],
  view: null,
  ...over,
});

describe('the facilitator is shown as the facilitator', () => {
  it('FAC-1: without a name the facilitator is "Fasilitator", never an anonymous participant', () => {
    expect(personLabel(t, { name: null, facilitator: true })).toEqual({
      name: 'Fasilitator',
      badge: false,
    });
    expect(personText(t, { name: 'Kari', facilitator: true })).toBe('Kari (Fasilitator)');
    expect(personLabel(t, { name: null, facilitator: false }).name).toBe('Anonym deltaker');
  });

  it('FAC-1: who-is-here names and badges the facilitator', () => {
    const peers: Peer[] = [
      { ...person({ facilitator: true }), clientId: 1 },
      { ...person({ name: 'Ola', facilitator: true }), clientId: 2 },
      { ...person({ role: 'innbygger' }), clientId: 3 },
    ];
    render(<WhoIsHere self={person({ role: 'politiker', name: 'Per' })} peers={peers} />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toContain('Fasilitator');
    expect(items).toContain('OlaFasilitator');
    expect(items).toContain('Anonym deltaker – Innbygger');
    expect(items.filter((text) => text?.includes('Anonym deltaker'))).toHaveLength(1);
  });

  it('FAC-1 and ANON: a note the facilitator signed has the badge; an anonymous note stays anonymous', () => {
    const { rerender } = render(
      <AuthorBadge role={undefined} anonymous={false} author="facilitator-id" />,
    );
    expect(screen.getByText('Fasilitator')).toBeTruthy();
    rerender(<AuthorBadge role={undefined} anonymous={true} />);
    expect(screen.queryByText('Fasilitator')).toBeNull();
    expect(screen.getByText('Anonym')).toBeTruthy();
    rerender(<AuthorBadge role={undefined} anonymous={false} />);
    expect(screen.getByText('Uten rolle')).toBeTruthy();
    rerender(<AuthorBadge role="innbygger" anonymous={false} author="someone" />);
    expect(screen.getByText('Innbygger')).toBeTruthy();
  });
});
