import { describe, expect, it } from 'vitest';
import { pagePaths, workshopLinks } from './links.js';

describe('page links', () => {
  it('builds the contract pages of a workshop', () => {
    expect(pagePaths.board('abc')).toBe('/w/abc/board');
    expect(pagePaths.console('abc')).toBe('/w/abc/console');
    expect(pagePaths.screen('abc')).toBe('/w/abc/screen');
    expect(pagePaths.join('abc')).toBe('/w/abc/join');
    expect(pagePaths.joinByCode()).toBe('/join');
  });

  it('AUTH-2: puts the facilitator key in the fragment, never in the path or query', () => {
    const { participantUrl, facilitatorUrl } = workshopLinks(
      'https://moteplass.example',
      { id: 'w1', joinCode: 'ABC234' },
      'k-e_y',
    );
    expect(participantUrl).toBe('https://moteplass.example/w/w1/join?code=ABC234');
    expect(facilitatorUrl).toBe('https://moteplass.example/w/w1/facilitator#key=k-e_y');
  });
});
