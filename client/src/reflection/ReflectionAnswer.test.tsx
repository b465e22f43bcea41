import type { ReflectionState } from '@moteplass/shared';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReflectionAnswer } from './ReflectionAnswer';

const round: ReflectionState = {
  status: 'open',
  roundId: 'round-1',
  fields: [{ id: 'trust' }, { id: 'own', label: 'Felles språk' }],
  responses: 2,
  openedAt: 1,
};

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

describe('a participant’s reflection answer', () => {
  it('REFLUI-1: shows how many have answered and nothing of what they answered', () => {
    render(<ReflectionAnswer round={round} workshopId="w1" token="t1" />);
    expect(screen.getByText('2 har svart')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('REFLUI-3: asks for every field, sends the ratings and the comment, then offers to change the answer', async () => {
    const fetch = vi.fn(() =>
      Promise.resolve(
        new Response(JSON.stringify({ ok: true, roundId: 'round-1', replaced: false }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
      ),
    );
    vi.stubGlobal('fetch', fetch);
    render(<ReflectionAnswer round={round} workshopId="w1" token="t1" />);
    const trust = screen.getByRole('group', { name: 'Tillit' });
    fireEvent.click(within(trust).getByRole('radio', { name: '4 – Enig' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send svaret' }));
    expect(screen.getByRole('alert').textContent).toBe('Svar på alle feltene før du sender.');
    expect(fetch).not.toHaveBeenCalled();

    const own = screen.getByRole('group', { name: 'Felles språk' });
    fireEvent.click(within(own).getByRole('radio', { name: '2 – Uenig' }));
    fireEvent.change(screen.getByLabelText(/Kommentar/), { target: { value: ' Godt møte ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send svaret' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/sendt/));
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/workshops/w1/actions');
    expect(JSON.parse(init.body as string)).toEqual({
      type: 'submitReflection',
      ratings: { trust: 4, own: 2 },
      comment: 'Godt møte',
    });
    expect(screen.getByRole('button', { name: 'Endre svaret' })).toBeTruthy();
  });
});
