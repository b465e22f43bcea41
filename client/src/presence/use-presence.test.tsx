import { CURSORS_VISIBLE_KEY } from '@moteplass/shared';
import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Session } from '../session';
import type { WorkshopConnection } from '../sync';
import { readPresence } from './presence-state';
import { usePresence } from './use-presence';
import { WhoIsHere } from './WhoIsHere';

const session: Session = {
  token: 't',
  participantId: 'p-kari',
  facilitator: false,
  name: 'Kari',
  role: 'innbygger',
  joinCode: null,
};

function fakeConnection() {
  const boardDoc = new Y.Doc();
  const controlDoc = new Y.Doc();
  const awareness = new Awareness(boardDoc);
  const connection = {
    awareness,
    items: boardDoc.getMap<unknown>('items'),
    workshop: controlDoc.getMap<unknown>('workshop'),
  } as unknown as WorkshopConnection;
  return { connection, awareness };
}

/** Another person on the board, as their awareness update would make them appear. */
function otherPerson(awareness: Awareness, clientId: number, state: Record<string, unknown>) {
  const other = new Awareness(new Y.Doc({}));
  (other as unknown as { clientID: number }).clientID = clientId;
  other.setLocalState(state);
  awareness.states.set(clientId, other.getLocalState()!);
  awareness.emit('change', [{ added: [clientId], updated: [], removed: [] }, 'remote']);
}

describe('usePresence', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('publishes name, role, colour, cursor, selection and visible area — nothing else (ANON-3)', () => {
    const { connection, awareness } = fakeConnection();
    const { result } = renderHook(() => usePresence(connection, session));
    act(() => result.current.onPointerWorld({ x: 5, y: 6 }));
    const published = awareness.getLocalState();
    expect(Object.keys(published ?? {}).sort()).toEqual(
      ['color', 'cursor', 'facilitator', 'name', 'role', 'selection', 'view'].sort(),
    );
    expect(published).toMatchObject({ name: 'Kari', role: 'innbygger', cursor: { x: 5, y: 6 } });
    expect(JSON.stringify(published)).not.toContain('p-kari');
    // Where she looks goes out as the world rectangle her canvas shows: four numbers.
    act(() =>
      result.current.onViewportChange(
        { x: -200, y: 100, scale: 0.5 },
        { width: 1600, height: 900 },
      ),
    );
    expect(awareness.getLocalState()?.view).toEqual({ x: 400, y: -200, w: 3200, h: 1800 });
  });

  it('never shares an anonymous note in the selection', () => {
    const { connection, awareness } = fakeConnection();
    connection.items.set('anon', new Y.Map<unknown>([['anonymous', true]]));
    connection.items.set('mine', new Y.Map<unknown>([['text', 'x']]));
    const { result } = renderHook(() => usePresence(connection, session));
    act(() => result.current.onSelectionChange(['anon', 'mine']));
    expect(awareness.getLocalState()?.selection).toEqual(['mine']);
  });

  it('sends no cursor while the facilitator has cursors switched off', () => {
    const { connection, awareness } = fakeConnection();
    connection.workshop.set(CURSORS_VISIBLE_KEY, false);
    const { result } = renderHook(() => usePresence(connection, session));
    expect(result.current.cursorsVisible).toBe(false);
    act(() => result.current.onPointerWorld({ x: 1, y: 1 }));
    expect(awareness.getLocalState()?.cursor).toBeNull();
  });

  it('lists the others, follows one person’s view, and stops on an own pan', () => {
    const { connection, awareness } = fakeConnection();
    const { result } = renderHook(() => usePresence(connection, session));
    act(() =>
      otherPerson(awareness, 42, {
        name: 'Ola',
        role: 'politiker',
        facilitator: false,
        color: 'javascript:alert(1)',
        cursor: { x: 1, y: 2 },
        selection: ['a'],
        // Ola sees 200 × 100 world units around (250, 150), e.g. 400 × 200 px at 50 %.
        view: { x: 150, y: 100, w: 200, h: 100 },
      }),
    );
    expect(result.current.peers).toHaveLength(1);
    // The colour is ours to decide from the role, not the sender's.
    expect(result.current.peers[0]!.color).toBe('#8a2c6b');

    // Kari's canvas is 800 × 200 px: Ola's view fits at 200 %, centred.
    const size = { width: 800, height: 200 };
    act(() => result.current.onViewportChange({ x: 0, y: 0, scale: 1 }, size));
    act(() => result.current.follow(42));
    expect(result.current.following?.name).toBe('Ola');
    expect(result.current.viewportRequest).toEqual({ x: -100, y: -200, scale: 2 });
    // The canvas reports showing what it was asked: still following.
    act(() => result.current.onViewportChange({ x: -100, y: -200, scale: 2 }, size));
    expect(result.current.following).not.toBeNull();
    // Her canvas gets narrower: Ola's view is fitted again, and she still follows.
    const narrow = { width: 400, height: 200 };
    act(() => result.current.onViewportChange({ x: -100, y: -200, scale: 2 }, narrow));
    expect(result.current.viewportRequest).toEqual({ x: -300, y: -200, scale: 2 });
    expect(result.current.following).not.toBeNull();
    // The person pans themselves: following ends.
    act(() => result.current.onViewportChange({ x: -340, y: -200, scale: 2 }, narrow));
    expect(result.current.following).toBeNull();
  });
});

describe('readPresence', () => {
  it('drops malformed states and cleans fields', () => {
    expect(readPresence(null)).toBeNull();
    expect(readPresence('x')).toBeNull();
    expect(readPresence({})).toBeNull();
    const state = readPresence({
      name: '  ',
      role: 'king',
      cursor: { x: 'a', y: 1 },
      selection: [1, 'ok', 'x'.repeat(100)],
      view: { x: 0, y: 0, w: -5, h: 10 },
    });
    expect(state).toMatchObject({
      name: null,
      role: null,
      cursor: null,
      selection: ['ok'],
      view: null,
    });
    // A view keeps only its four numbers, and only within bounds.
    const base = { role: 'annet', selection: [] };
    expect(readPresence({ ...base, view: { x: 1, y: 2, w: 3, h: 4, note: 'x' } })?.view).toEqual({
      x: 1,
      y: 2,
      w: 3,
      h: 4,
    });
    expect(readPresence({ ...base, view: { x: 0, y: 0, w: 1e12, h: 10 } })?.view).toBeNull();
    expect(readPresence({ ...base, view: { x: 1e300, y: 0, w: 10, h: 10 } })?.view).toBeNull();
    expect(readPresence({ ...base, view: { x: 0, y: 0, w: 10 } })?.view).toBeNull();
  });
});

describe('WhoIsHere', () => {
  it('lists me and the others with role, "Anonym deltaker" for those without a name, and offers Follow', () => {
    const onFollow = vi.fn();
    const self = readPresence({ name: 'Kari', role: 'innbygger', selection: [] })!;
    const anonymous = {
      clientId: 7,
      ...readPresence({ role: 'frivillig', selection: [], view: { x: 0, y: 0, w: 800, h: 600 } })!,
    };
    render(<WhoIsHere self={self} peers={[anonymous]} onFollow={onFollow} />);
    expect(screen.getByText(/Hvem er her/).textContent).toContain('2 personer på tavla');
    const items = screen.getAllByRole('listitem', { hidden: true });
    expect(items.map((li) => li.textContent)).toEqual([
      'Kari (deg) – Innbygger',
      'Anonym deltaker – FrivilligFølg Anonym deltaker',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Følg Anonym deltaker', hidden: true }));
    expect(onFollow).toHaveBeenCalledWith(7);
  });
});
