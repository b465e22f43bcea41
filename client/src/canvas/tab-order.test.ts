import type { BoardItem } from '@moteplass/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createI18n } from '../i18n/setup';
import type { Session } from '../session';
import type { WorkshopConnection } from '../sync';
import { CanvasController } from './controller';
import { CONNECTOR_END_CHARS, describeFocus } from './describe';
import { tabOrder } from './tab-order';

const note = (x: number, y: number, text = 't'): BoardItem =>
  ({ type: 'note', x, y, w: 200, h: 200, phase: 'explore', text, color: 'yellow' }) as BoardItem;

const connector = (from: string, to: string): BoardItem =>
  ({ type: 'connector', x: 0, y: 0, w: 0, h: 0, phase: 'explore', from, to }) as BoardItem;

describe('keyboard order on the canvas', () => {
  it('reads items top to bottom, then left to right, ties by id', () => {
    const items = new Map<string, BoardItem>([
      ['low', note(0, 500)],
      ['right', note(400, 0)],
      ['b', note(0, 0)],
      ['a', note(0, 0)],
    ]);
    expect(tabOrder(items)).toEqual(['a', 'b', 'right', 'low']);
  });

  it('puts a connector right after the later of its two ends, whichever way it points', () => {
    const items = new Map<string, BoardItem>([
      ['top', note(0, 0)],
      ['middle', note(0, 300)],
      ['bottom', note(0, 600)],
      // Drawn from the bottom item up to the top one: still after "bottom".
      ['up', connector('bottom', 'top')],
      ['down', connector('top', 'middle')],
    ]);
    expect(tabOrder(items)).toEqual(['top', 'middle', 'down', 'bottom', 'up']);
  });

  it('orders connectors after one item by their other end', () => {
    const items = new Map<string, BoardItem>([
      ['a', note(0, 0)],
      ['b', note(0, 300)],
      ['hub', note(0, 900)],
      ['z-from-b', connector('b', 'hub')],
      ['y-from-a', connector('hub', 'a')],
    ]);
    expect(tabOrder(items)).toEqual(['a', 'b', 'hub', 'y-from-a', 'z-from-b']);
  });

  it('leaves out a connector whose end is not on the board (it is not drawn)', () => {
    const items = new Map<string, BoardItem>([
      ['a', note(0, 0)],
      ['dangling', connector('a', 'gone')],
    ]);
    expect(tabOrder(items)).toEqual(['a']);
  });
});

describe('what focus announces', () => {
  const items = new Map<string, BoardItem>([
    ['a', note(0, 0, 'Lengre åpningstider')],
    ['b', note(0, 300, '')],
    ['ab', connector('a', 'b')],
  ]);
  const order = tabOrder(items);

  it('names a connector by the items it joins, in nb, nn and en', () => {
    expect(describeFocus(createI18n('nb').t, items, 'ab', order)).toBe(
      'Kobling 3 av 3: fra Lapp «Lengre åpningstider» til Lapp uten tekst',
    );
    expect(describeFocus(createI18n('nn').t, items, 'ab', order)).toBe(
      'Kopling 3 av 3: frå Lapp «Lengre åpningstider» til Lapp utan tekst',
    );
    expect(describeFocus(createI18n('en').t, items, 'ab', order)).toBe(
      'Connector 3 of 3: from Note “Lengre åpningstider” to Note without text',
    );
  });

  it('still says type, place and text for other items', () => {
    expect(describeFocus(createI18n('nb').t, items, 'a', order)).toBe(
      'Lapp 1 av 3: Lengre åpningstider',
    );
    expect(describeFocus(createI18n('en').t, items, 'b', order)).toBe('Note 2 of 3: no text');
    expect(describeFocus(createI18n('en').t, items, 'missing', order)).toBeNull();
  });

  it('cuts a long end short, on one line', () => {
    const long = `${'ord '.repeat(40)}\nslutt`;
    const board = new Map<string, BoardItem>([
      ['a', note(0, 0, long)],
      ['b', note(0, 300, 'B')],
      ['ab', connector('a', 'b')],
    ]);
    const said = describeFocus(createI18n('en').t, board, 'ab', tabOrder(board))!;
    const end = /from Note “(.*)” to/.exec(said)![1]!;
    expect(end.length).toBeLessThanOrEqual(CONNECTOR_END_CHARS);
    expect(end.endsWith('…')).toBe(true);
    expect(end).not.toContain('\n');
  });
});

describe('keyboard commands on a focused connector', () => {
  function canvas() {
    const doc = new Y.Doc();
    const items = doc.getMap<unknown>('items');
    const put = (id: string, item: BoardItem) =>
      items.set(id, new Y.Map(Object.entries(item) as [string, unknown][]));
    put('a', note(0, 0));
    put('b', note(0, 300));
    put('ab', connector('a', 'b'));
    const session = { participantId: 'me', role: 'innbygger', token: 't' } as Session;
    const controller = new CanvasController({ items } as unknown as WorkshopConnection, session);
    controller.model.start();
    return { controller, items };
  }

  it('Tab reaches the connector after its ends; arrows do not move it; Delete deletes only it', () => {
    const { controller, items } = canvas();
    expect(controller.focusNext(false)).toBe(true);
    expect(controller.focusNext(false)).toBe(true);
    expect(controller.focusNext(false)).toBe(true);
    expect(controller.state.focused).toBe('ab');
    expect(controller.state.selection).toEqual(['ab']);

    expect(controller.nudge(10, 0)).toBe('connector');
    controller.model.flush();
    expect(controller.model.items.get('a')?.x).toBe(0);
    expect(controller.model.items.get('b')?.x).toBe(0);

    expect(controller.deleteSelection()).toBe(1);
    expect([...items.keys()].sort()).toEqual(['a', 'b']);
    // Past the last item Tab leaves the canvas.
    controller.model.flush();
    controller.focus('b');
    expect(controller.focusNext(false)).toBe(false);
  });
});
