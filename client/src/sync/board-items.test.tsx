import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { useYMapItems } from './board-items';

function note(fields: Record<string, unknown>): Y.Map<unknown> {
  return new Y.Map<unknown>(
    Object.entries({
      type: 'note',
      x: 0,
      y: 0,
      w: 200,
      h: 200,
      phase: 'explore',
      color: 'yellow',
      text: '',
      ...fields,
    }),
  );
}

/** Two replicas of one board, synced by hand, as the server would do. */
function twoReplicas() {
  const local = new Y.Doc();
  const remote = new Y.Doc();
  local.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(remote, update, 'local');
  });
  remote.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'local') Y.applyUpdate(local, update, 'remote');
  });
  return { local: local.getMap<unknown>('items'), remote: remote.getMap<unknown>('items') };
}

describe('useYMapItems', () => {
  it('re-renders when another participant adds or edits a note', () => {
    const { local, remote } = twoReplicas();
    const { result } = renderHook(() => useYMapItems(local));
    expect(result.current.items).toEqual([]);

    act(() => remote.set('a', note({ text: 'Bussen går for sjelden', createdAt: 1 })));
    expect(result.current.items.map((entry) => entry.id)).toEqual(['a']);

    // A deep change: only a field inside the item's own Y.Map.
    act(() => (remote.get('a') as Y.Map<unknown>).set('text', 'Bussen går for sjelden om kvelden'));
    expect(result.current.items[0]?.item).toMatchObject({
      text: 'Bussen går for sjelden om kvelden',
    });
  });

  it('skips and counts malformed items instead of crashing', () => {
    const { local, remote } = twoReplicas();
    const { result } = renderHook(() => useYMapItems(local));

    act(() => {
      remote.set('good', note({ text: 'ok', createdAt: 2 }));
      remote.set('no-phase', note({ phase: 'afterparty' }));
      remote.set('not-a-map', 42);
      remote.set('older', note({ text: 'first', createdAt: 1 }));
    });

    expect(result.current.items.map((entry) => entry.id)).toEqual(['older', 'good']);
    expect(result.current.malformed).toBe(2);
  });

  it('keeps the same snapshot while nothing changes (no needless renders)', () => {
    const { local } = twoReplicas();
    local.set('a', note({ text: 'x' }));
    let renders = 0;
    const { result, rerender } = renderHook(() => {
      renders += 1;
      return useYMapItems(local);
    });
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
    expect(renders).toBeLessThanOrEqual(3);
  });
});
