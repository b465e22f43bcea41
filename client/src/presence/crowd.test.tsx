import { render, screen } from '@testing-library/react';
import { LIMITS } from '@moteplass/shared';
import { describe, expect, it } from 'vitest';
import { countByRole, isCrowd, peersToDraw } from './crowd';
import type { Peer } from './presence-state';
import { WhoIsHere } from './WhoIsHere';

const peer = (clientId: number, x: number, facilitator = false): Peer => ({
  clientId,
  name: null,
  role: facilitator ? null : 'innbygger',
  facilitator,
  color: '#000',
  cursor: { x, y: 100 },
  selection: [],
  view: null,
});
const viewport = { x: 0, y: 0, scale: 1 };

describe('crowd mode on a screen', () => {
  it('CROWD-3: a small room draws everybody', () => {
    const peers = [peer(1, 50), peer(2, 5000)];
    expect(isCrowd(peers)).toBe(false);
    expect(peersToDraw(peers, viewport, 800, 600)).toHaveLength(2);
  });

  it('CROWD-3: a crowd draws the facilitator and only the nearest others in view', () => {
    const peers = Array.from({ length: LIMITS.crowdThreshold }, (_, i) => peer(i + 10, i * 10));
    peers.push(peer(2, 99_999, true)); // the facilitator, far away: still drawn
    expect(isCrowd(peers)).toBe(true);
    const drawn = peersToDraw(peers, viewport, 800, 600, 5);
    expect(drawn[0]!.clientId).toBe(2);
    expect(drawn).toHaveLength(6);
    // Nearest the middle of an 800 px wide screen first (x = 400).
    expect(drawn.slice(1).map((p) => p.cursor!.x)).toEqual([400, 390, 410, 380, 420]);
    expect(drawn.every((p) => p.facilitator || p.cursor!.x <= 800)).toBe(true);
  });

  it('CROWD-3: "who is here" counts people by role, facilitators apart', () => {
    expect(
      countByRole([
        { role: 'politiker', facilitator: false },
        { role: 'innbygger', facilitator: false },
        { role: 'innbygger', facilitator: false },
        { role: null, facilitator: true },
        { role: null, facilitator: false },
      ]),
    ).toEqual({
      facilitators: 1,
      roles: [
        { role: 'innbygger', count: 2 },
        { role: 'politiker', count: 1 },
        { role: null, count: 1 },
      ],
    });
  });
});

describe('who is here in a crowd', () => {
  it('CROWD-3: lists the facilitator and counts everybody else by role', () => {
    const peers = Array.from({ length: LIMITS.crowdThreshold }, (_, i) => peer(i + 10, i));
    peers.push({ ...peer(2, 0, true), name: 'Kari' });
    render(<WhoIsHere self={{ ...peer(1, 0), role: 'politiker' }} peers={peers} />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toContain('KariFasilitator');
    expect(items).toContain(`Innbygger: ${LIMITS.crowdThreshold}`);
    expect(items).toContain('Politiker: 1');
    expect(items).toContain('1 fasilitator');
    // Nobody else is listed one by one.
    expect(items.length).toBeLessThan(10);
  });
});
