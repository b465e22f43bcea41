import { act, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createYMapStore, useYMapSnapshot } from './ymap-store';

function controlMap() {
  const doc = new Y.Doc();
  const map = doc.getMap<unknown>('control');
  map.set('phase', 'explore');
  return map;
}

describe('useYMapSnapshot', () => {
  it('renders once on mount, and every component reading the same thing shares one read', () => {
    const map = controlMap();
    const read = vi.fn((m: Y.Map<unknown>) => ({ phase: m.get('phase') }));
    const renders: string[] = [];
    function Phase({ name }: { name: string }) {
      const { phase } = useYMapSnapshot(map, read, false);
      renders.push(`${name}:${String(phase)}`);
      return <p>{String(phase)}</p>;
    }
    render(
      <>
        <Phase name="bar" />
        <Phase name="panel" />
      </>,
    );
    // Subscribing found nothing changed since the render: no second render, one read.
    expect(renders).toEqual(['bar:explore', 'panel:explore']);
    expect(read).toHaveBeenCalledTimes(1);

    act(() => map.set('phase', 'design'));
    expect(renders.slice(2).sort()).toEqual(['bar:design', 'panel:design']);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('sees a change that landed between the render and the subscription', () => {
    const map = controlMap();
    const store = createYMapStore(map, (m) => ({ phase: m.get('phase') }), false);
    const rendered = store.getSnapshot();
    expect(store.getSnapshot()).toBe(rendered); // stable while nothing changed
    map.set('phase', 'prototype');
    const unsubscribe = store.subscribe(() => {});
    expect(store.getSnapshot()).toEqual({ phase: 'prototype' });
    unsubscribe();
    // Nobody observing: the next read still sees a change.
    map.set('phase', 'produce');
    expect(store.getSnapshot()).toEqual({ phase: 'produce' });
  });

  it('follows nested changes when deep', () => {
    const doc = new Y.Doc();
    const map = doc.getMap<unknown>('control');
    const nested = new Y.Map<unknown>();
    map.set('timer', nested);
    const store = createYMapStore(map, (m) => ({ ...(m.toJSON() as object) }), true);
    let heard = 0;
    store.subscribe(() => (heard += 1));
    nested.set('running', true);
    expect(heard).toBe(1);
    expect(store.getSnapshot()).toEqual({ timer: { running: true } });
  });
});
