import {
  STOPPED_TIMER,
  pauseTimerState,
  startTimerState,
  type TimerState,
} from '@moteplass/shared';
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAnnouncerStore } from '../workshop';
import { useTimerAnnouncements } from './use-timer-announcements';

function Probe({ timer, ready }: { timer: TimerState; ready: boolean }) {
  useTimerAnnouncements(timer, 'board', ready);
  return null;
}

const unsubscribes: (() => void)[] = [];

/** Everything the page's live region was asked to say, in order. */
function recordAnnouncements(): string[] {
  const said: string[] = [];
  unsubscribes.push(
    useAnnouncerStore.subscribe((state) => {
      if (state.message.text) said.push(state.message.text);
    }),
  );
  return said;
}

describe('useTimerAnnouncements', () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => {
    for (const unsubscribe of unsubscribes.splice(0)) unsubscribe();
    vi.useRealTimers();
  });

  it('A11Y-1: says the start, one minute left and time up — and nothing in between', async () => {
    const said = recordAnnouncements();
    const { rerender } = render(<Probe timer={STOPPED_TIMER} ready />);
    rerender(<Probe timer={startTimerState(3 * 60_000, Date.now())} ready />);
    expect(said).toEqual(['Tidtakeren er startet: 3 minutter.']);

    await act(() => vi.advanceTimersByTimeAsync(119_000));
    expect(said).toHaveLength(1);
    await act(() => vi.advanceTimersByTimeAsync(2_000));
    expect(said).toEqual(['Tidtakeren er startet: 3 minutter.', 'Ett minutt igjen.']);
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(said.at(-1)).toBe('Tida er ute.');
    await act(() => vi.advanceTimersByTimeAsync(10 * 60_000));
    expect(said).toHaveLength(3);
  });

  it('is quiet about a timer found running on opening the page, and while paused', async () => {
    const said = recordAnnouncements();
    const running = startTimerState(90_000, Date.now());
    const { rerender } = render(<Probe timer={running} ready={false} />);
    rerender(<Probe timer={running} ready />);
    expect(said).toEqual([]);

    rerender(<Probe timer={pauseTimerState(running, Date.now())!} ready />);
    expect(said).toEqual(['Tidtakeren er satt på pause.']);
    await act(() => vi.advanceTimersByTimeAsync(5 * 60_000));
    expect(said).toHaveLength(1);
  });
});
