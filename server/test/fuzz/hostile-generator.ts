import { BOARD_ITEMS, LIMITS } from '@moteplass/shared';
import * as Y from 'yjs';
import { addItem, craft, noteFields } from '../hostile-helper.js';

/**
 * A seeded generator of hostile board updates (issue #16): everything a
 * participant with a modified client could send. Deterministic for a seed,
 * so a failing run can be replayed (`FUZZ_SEED`).
 */

/** mulberry32: small, fast, good enough to pick attacks. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Attack {
  kind: string;
  update: Uint8Array;
}

interface Context {
  random: () => number;
  /** The board as the attacker last saw it (an honest client's copy). */
  base: Y.Doc;
  /** The attacker's own participant id. */
  self: string;
  /** Items the attacker may target: everybody's, the server's included. */
  targets: string[];
}

/** A target item's map in the attacker's copy, if it is one (a broken board may hold anything). */
function mapOf(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
  const value = doc.getMap<unknown>(BOARD_ITEMS).get(id);
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : undefined;
}

const int = (random: () => number, max: number) => Math.floor(random() * max);
const pick = <T>(random: () => number, list: readonly T[]): T => list[int(random, list.length)]!;

function nested(doc: Y.Doc, id: string, depth: number, wide: number): void {
  doc.transact(() => {
    let map = new Y.Map<unknown>();
    doc.getMap(BOARD_ITEMS).set(id, map);
    for (let level = 0; level < depth; level++) {
      const child = new Y.Map<unknown>();
      for (let key = 0; key < wide; key++) map.set(`k${key}`, key);
      map.set('text', child);
      map = child;
    }
  });
}

const ATTACKS: Record<string, (context: Context) => Uint8Array> = {
  deep: ({ random, base }) =>
    craft(base, (doc) => nested(doc, `deep-${random()}`, 2 + int(random, 300), 0)),
  wide: ({ random, base }) =>
    craft(base, (doc) => nested(doc, `wide-${random()}`, 1, 10 + int(random, 2_000))),
  hugeString: ({ random, base, self }) =>
    craft(base, (doc) =>
      addItem(
        doc,
        `huge-${random()}`,
        noteFields('x'.repeat(LIMITS.itemTextLength + 1 + int(random, 100_000)), { author: self }),
      ),
    ),
  unknownKey: ({ random, base, self }) =>
    craft(base, (doc) =>
      addItem(
        doc,
        `odd-${random()}`,
        noteFields('?', { author: self, [`k${int(random, 99)}`]: 1 }),
      ),
    ),
  objectValue: ({ random, base, self }) =>
    craft(base, (doc) =>
      addItem(doc, `obj-${random()}`, noteFields('o', { author: self, color: { a: [[1]] } })),
    ),
  textType: ({ random, base }) =>
    craft(base, (doc) => addItem(doc, `text-${random()}`, { type: 'note', text: new Y.Text('t') })),
  otherRoot: ({ random, base }) =>
    craft(base, (doc) =>
      pick(random, [
        () => doc.getArray('a').push([1]),
        () => doc.getText('t').insert(0, 'x'),
        () => doc.getMap('m').set('x', 1),
        () => doc.getXmlFragment('x').insert(0, [new Y.XmlText('x')]),
      ])(),
    ),
  notAMap: ({ random, base }) =>
    craft(base, (doc) => doc.getMap(BOARD_ITEMS).set(`plain-${random()}`, 42)),
  relabel: ({ random, base, targets }) =>
    craft(base, (doc) => {
      const item = mapOf(doc, pick(random, targets));
      item?.set('author', `someone-${int(random, 5)}`);
    }),
  deleteAuthor: ({ random, base, targets }) =>
    craft(base, (doc) => mapOf(doc, pick(random, targets))?.delete('author')),
  forgedAuthor: ({ random, base }) =>
    craft(base, (doc) =>
      addItem(doc, `forged-${random()}`, noteFields('f', { author: `victim-${int(random, 3)}` })),
    ),
  missingDependencies: ({ random, base }) => {
    const ghost = new Y.Doc();
    ghost.clientID = 1_000_000 + int(random, 1_000_000);
    addItem(ghost, 'ghost', noteFields('g'));
    const update = craft(ghost, (doc) =>
      doc.getMap<Y.Map<unknown>>(BOARD_ITEMS).get('ghost')!.set('text', 'later'),
    );
    ghost.destroy();
    return random() < 0.5 ? update : Y.mergeUpdates([update, craft(base, () => undefined)]);
  },
  randomBytes: ({ random }) =>
    Uint8Array.from({ length: 1 + int(random, 200) }, () => int(random, 256)),
  flippedBytes: ({ random, base, self }) => {
    const update = craft(base, (doc) =>
      addItem(doc, `flip-${random()}`, noteFields('flip', { author: self })),
    );
    for (let i = 0; i < 1 + int(random, 4); i++)
      update[int(random, update.length)] = int(random, 256);
    return update;
  },
  // What a participant may do: their own notes, moving anybody's.
  ownNote: ({ random, base, self }) =>
    craft(base, (doc) =>
      addItem(doc, `own-${random()}`, noteFields(`mine ${random()}`, { author: self })),
    ),
  move: ({ random, base, targets }) =>
    craft(base, (doc) => mapOf(doc, pick(random, targets))?.set('x', int(random, 5_000))),
};

export const ATTACK_KINDS = Object.keys(ATTACKS);

/** One hostile update, chosen and built from the seeded stream. */
export function nextAttack(context: Context): Attack {
  const kind = pick(context.random, ATTACK_KINDS);
  return { kind, update: ATTACKS[kind]!(context) };
}
