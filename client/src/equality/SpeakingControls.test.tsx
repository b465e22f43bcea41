import { DEFAULT_SPEAKING } from '@moteplass/shared';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SpeakingControls } from './SpeakingControls';
import type { EqualityActions } from './use-equality-action';

const actions: EqualityActions = { run: vi.fn(async () => null), pending: null, failure: null };

describe('SpeakingControls', () => {
  it('GROUPEQ-1: during a breakout the console says the groups keep their own speakers’ lists', () => {
    const { rerender } = render(<SpeakingControls speaking={DEFAULT_SPEAKING} actions={actions} />);
    expect(screen.queryByText(/Gruppene snakker hver for seg/)).toBeNull();
    rerender(<SpeakingControls speaking={DEFAULT_SPEAKING} actions={actions} inBreakout />);
    expect(screen.getByText(/Gruppene snakker hver for seg/).textContent).toContain('Grupper');
  });
});
