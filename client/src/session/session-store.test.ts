import type { StateStorage } from 'zustand/middleware';
import { describe, expect, it } from 'vitest';
import { createSessionStore, type Session } from './session-store';

function memoryStorage(): StateStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const alice: Session = {
  token: 't-alice',
  participantId: 'p-alice',
  facilitator: false,
  name: 'Alice',
  role: 'innbygger',
  joinCode: 'ABC234',
};

describe('session store', () => {
  it('remembers a session per workshop across a reload of the page', () => {
    const storage = memoryStorage();
    const first = createSessionStore(() => storage);
    first.getState().remember('w1', alice);
    first.getState().remember('w2', { ...alice, token: 't-other', role: 'forsker' });

    const afterReload = createSessionStore(() => storage);
    expect(afterReload.getState().sessions.w1).toEqual(alice);
    expect(afterReload.getState().sessions.w2?.role).toBe('forsker');
    expect(afterReload.getState().sessions.w3).toBeUndefined();
  });

  it('forgets one workshop and keeps the others', () => {
    const storage = memoryStorage();
    const store = createSessionStore(() => storage);
    store.getState().remember('w1', alice);
    store.getState().remember('w2', alice);
    store.getState().forget('w1');

    const afterReload = createSessionStore(() => storage);
    expect(Object.keys(afterReload.getState().sessions)).toEqual(['w2']);
  });

  it('drops stored sessions that are not well-formed instead of trusting them', () => {
    const storage = memoryStorage();
    storage.setItem(
      'moteplass.sessions',
      JSON.stringify({
        version: 1,
        state: {
          sessions: { good: alice, bad: { token: 1 }, badRole: { ...alice, role: 'boss' } },
        },
      }),
    );
    const store = createSessionStore(() => storage);
    expect(Object.keys(store.getState().sessions)).toEqual(['good']);
  });
});
