import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { V1_ITEMS } from './fixtures/v1-items.js';
import { BoardItemSchema, ITEM_KINDS, kindOf, migrateItem, parseBoardItem } from './index.js';

const geometry = { x: 0, y: 0, w: 100, h: 80, phase: 'explore' };

describe('the kinds table', () => {
  it('KIND-2 every kind’s defaults make a valid item of the current version', () => {
    for (const kind of ITEM_KINDS) {
      const item = {
        type: kind.type,
        ...geometry,
        ...(kind.type === 'connector' ? { from: 'a', to: 'b' } : {}),
        ...kind.defaults(),
      };
      // `defaults` leaves ids to the caller; the rest must pass as is.
      const filled = kind.type === 'image' ? { ...item, imageId: 'img' } : item;
      expect(Value.Check(kind.schema, filled), kind.type).toBe(true);
      expect(parseBoardItem(filled), kind.type).not.toBeNull();
    }
  });

  it('KIND-2 the item union is exactly the table, one schema per kind', () => {
    const types = BoardItemSchema.anyOf.map((schema) => schema.properties.type.const);
    expect(types).toEqual(ITEM_KINDS.map((kind) => kind.type));
    expect(new Set(types).size).toBe(types.length);
  });

  it('KIND-3 migrations are named, up only, one step each, ending at the kind’s version', () => {
    for (const kind of ITEM_KINDS) {
      expect(kind.migrations.map((step) => step.from)).toEqual(
        Array.from({ length: kind.version - 1 }, (_, index) => index + 1),
      );
      for (const step of kind.migrations) expect(step.name).toMatch(new RegExp(`^${kind.type}/`));
    }
  });

  it('KIND-3 a stored version-1 item of every kind reads as the current version', () => {
    for (const kind of ITEM_KINDS) {
      const stored = V1_ITEMS[kind.type];
      expect(stored, `fixture for ${kind.type}`).toBeDefined();
      const item = parseBoardItem(stored);
      expect(item, kind.type).not.toBeNull();
      expect(item?.v ?? 1).toBe(kind.version);
    }
  });

  it('KIND-3 indicator v1 → v2 moves `measure` into `dataSource` and adds the impact-chain fields', () => {
    const result = migrateItem(V1_ITEMS['indicator']);
    expect(result.status).toBe('migrated');
    if (result.status !== 'migrated') return;
    expect(result.steps).toEqual(['indicator/2-data-source']);
    expect(result.item).toMatchObject({
      v: 2,
      dataSource: 'Ungdata',
      measuredBy: '',
      schedule: '',
      baseline: '24 % (2025)',
    });
    expect(result.item).not.toHaveProperty('measure');
    // The stored value itself is not touched: migration makes a new record.
    expect(V1_ITEMS['indicator']).toHaveProperty('measure', 'Ungdata');
  });

  it('KIND-3 a data source a newer client wrote on a version-1 indicator is kept', () => {
    const edited = { ...V1_ITEMS['indicator'], dataSource: 'SSB' };
    expect(parseBoardItem(edited)).toMatchObject({ v: 2, dataSource: 'SSB' });
  });

  it('KIND-3 action v1 → v2 gives the card a status, planned, and keeps one a newer client set', () => {
    const result = migrateItem(V1_ITEMS['action']);
    expect(result.status).toBe('migrated');
    if (result.status !== 'migrated') return;
    expect(result.steps).toEqual(['action/2-status']);
    expect(result.item).toMatchObject({
      v: 2,
      status: 'planned',
      text: V1_ITEMS['action']!['text'],
    });
    expect(parseBoardItem({ ...V1_ITEMS['action'], status: 'done' })).toMatchObject({
      v: 2,
      status: 'done',
    });
    expect(parseBoardItem({ ...V1_ITEMS['action'], v: 2, status: 'forgotten' })).toBeNull();
  });

  it('KIND-4 an item of a newer version than known is skipped, never rewritten', () => {
    const future = { ...V1_ITEMS['note'], v: 7, reactions: ['👍'] };
    const copy = structuredClone(future);
    expect(migrateItem(future)).toEqual({ status: 'newer', type: 'note', version: 7 });
    expect(parseBoardItem(future)).toBeNull();
    expect(future).toEqual(copy);
  });

  it('KIND-4 a `v` that is no version is refused rather than guessed', () => {
    expect(migrateItem({ ...V1_ITEMS['note'], v: 'two' }).status).toBe('unknown');
    expect(parseBoardItem({ ...V1_ITEMS['note'], v: 0 })).toBeNull();
  });

  it('KIND-2 each kind gives its words for screen readers and exports', () => {
    const words = Object.fromEntries(
      ITEM_KINDS.map((kind) => [
        kind.type,
        kind.plainText(parseBoardItem(V1_ITEMS[kind.type]) as never),
      ]),
    );
    expect(words).toMatchObject({
      note: 'Flere benker i parken',
      frame: 'Gruppe 1',
      image: 'Flippover fra gruppe 2',
      connector: '',
      poll: 'Hvilket tiltak først?\nFredagsklubb\nBenker\nLysløype',
    });
    expect(kindOf('nope')).toBeUndefined();
  });
});
