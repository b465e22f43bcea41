import type { ActionCardItem, IndicatorItem } from '@moteplass/shared';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState, useSyncExternalStore } from 'react';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addActionCard, addIndicator } from './add-card';
import { ProduceCards, type CardEntry } from './ProduceCards';

/** The cards of a Y board, live, as BoardPage hands them to ProduceCards. */
function LiveCards({ items, editable }: { items: Y.Map<unknown>; editable: boolean }) {
  const [changes] = useState(() => {
    let version = 0;
    return {
      subscribe(onChange: () => void) {
        const bump = () => {
          version += 1;
          onChange();
        };
        items.observeDeep(bump);
        return () => items.unobserveDeep(bump);
      },
      get: () => version,
    };
  });
  useSyncExternalStore(changes.subscribe, changes.get);
  const actions: CardEntry<ActionCardItem>[] = [];
  const indicators: CardEntry<IndicatorItem>[] = [];
  for (const [id, value] of items) {
    const card = (value as Y.Map<unknown>).toJSON();
    if (card.type === 'action') actions.push({ id, card: card as ActionCardItem });
    if (card.type === 'indicator') indicators.push({ id, card: card as IndicatorItem });
  }
  return (
    <ProduceCards
      actions={actions}
      indicators={indicators}
      {...(editable ? { editable: items } : {})}
    />
  );
}

function board() {
  const items = new Y.Doc().getMap<unknown>('items');
  const by = { author: 'p1', authorRole: 'innbygger' as const, now: 1 };
  addActionCard(
    items,
    { text: 'Åpne biblioteket', owner: '', resources: '', dueDate: '', status: 'planned' },
    by,
  );
  addIndicator(
    items,
    {
      kind: 'outcome',
      text: 'Færre ensomme',
      baseline: '',
      target: '',
      dataSource: '',
      measuredBy: '',
      schedule: '',
    },
    by,
  );
  return items;
}

describe('produce cards in the list', () => {
  it('CARD-1: an action is edited in place; focus returns to its Edit button', () => {
    const items = board();
    render(<LiveCards items={items} editable={true} />);
    fireEvent.click(screen.getByRole('button', { name: 'Endre «Åpne biblioteket»' }));
    expect(screen.getByRole('heading', { name: 'Endre tiltaket' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Hvem har ansvaret/), {
      target: { value: ' Frivilligsentralen ' },
    });
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Lagre endringene' }));
    });
    expect(screen.getByText('Ansvar: Frivilligsentralen')).toBeTruthy();
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Endre «Åpne biblioteket»' }),
    );
  });

  it('CARD-1: cancel leaves the card as it was', () => {
    const items = board();
    render(<LiveCards items={items} editable={true} />);
    fireEvent.click(screen.getByRole('button', { name: 'Endre «Færre ensomme»' }));
    fireEvent.change(screen.getByLabelText(/Hva måler vi/), { target: { value: 'Noe annet' } });
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.getByText('Færre ensomme')).toBeTruthy();
    expect(screen.queryByText('Noe annet')).toBeNull();
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Endre «Færre ensomme»' }),
    );
  });

  it('CARD-2: delete moves focus to Undo; undo brings the card back and focus to it', () => {
    const items = board();
    render(<LiveCards items={items} editable={true} />);
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Slett «Åpne biblioteket»' }));
    });
    expect(screen.queryByText('Åpne biblioteket')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('«Åpne biblioteket» er slettet.');
    const undo = screen.getByRole('button', { name: 'Angre slettingen' });
    expect(document.activeElement).toBe(undo);
    act(() => {
      fireEvent.click(undo);
    });
    expect(screen.getByText('Åpne biblioteket')).toBeTruthy();
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Endre «Åpne biblioteket»' }),
    );
  });

  it('offers no Edit or Delete while the board is locked for this person', () => {
    render(<LiveCards items={board()} editable={false} />);
    expect(screen.queryByRole('button', { name: /Endre|Slett/ })).toBeNull();
  });
});
