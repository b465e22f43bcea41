/**
 * What validating a board update costs (issue #16): `checkBoardUpdate` against
 * `Y.applyUpdate` of the same update, on a board of 2,000 notes, for the
 * updates a busy room is made of (a move, a text edit, a new note) and for
 * attacks (5,000 nested maps, missing dependencies, 2,000 keys).
 *
 *   pnpm --filter @moteplass/bench exec tsx validation.ts
 *
 * A micro-benchmark, one process, no sockets: it says what the check adds
 * per update, not what a room's p99 is (see relay.ts for that).
 */
import * as Y from 'yjs';
import { checkBoardUpdate } from '../server/src/rooms/validation/check-board-update.js';

const NOTES = 2_000;
const ROUNDS = 2_000;
const APPLY_ROUNDS = 40;
const ATTACK_ROUNDS = 100;

function note(i: number, author: string): Y.Map<unknown> {
  return new Y.Map<unknown>(
    Object.entries({
      type: 'note',
      x: i * 10,
      y: i * 5,
      w: 200,
      h: 200,
      phase: 'explore',
      text: `Lapp nummer ${i} med litt tekst om parken`,
      color: 'yellow',
      author,
      z: i,
      v: 1,
      createdAt: 1_700_000_000_000 + i,
    }),
  );
}

const board = new Y.Doc();
board.transact(() => {
  for (let i = 0; i < NOTES; i++) board.getMap('items').set(`n${i}`, note(i, 'p1'));
});

/** An update a client would send next, made against a copy of the board. */
function updateFrom(change: (doc: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(board));
  const before = Y.encodeStateVector(copy);
  change(copy);
  return Y.encodeStateAsUpdate(copy, before);
}

const sender = {
  participantId: 'p1',
  facilitator: false,
  silentPhase: null,
  knownAuthor: () => undefined,
};

interface Row {
  update: string;
  bytes: number;
  verdict: string;
  checkMeanUs: number;
  checkP99Us: number;
  applyMeanUs: number | null;
}

function measure(name: string, update0: Uint8Array, apply: boolean, rounds = ROUNDS): Row {
  const updates = Array.from({ length: rounds }, () => update0);
  const check: number[] = [];
  let verdict = '';
  for (const update of updates) {
    const start = performance.now();
    verdict = checkBoardUpdate(board, update, sender).kind;
    check.push(performance.now() - start);
  }
  let applyMeanUs: number | null = null;
  if (apply) {
    // Applied to copies of the board, so every round sees the same document.
    const times: number[] = [];
    for (const update of updates.slice(0, APPLY_ROUNDS)) {
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(board));
      const start = performance.now();
      Y.applyUpdate(copy, update);
      times.push(performance.now() - start);
      copy.destroy();
    }
    applyMeanUs = mean(times);
  }
  check.sort((a, b) => a - b);
  return {
    update: name,
    bytes: updates[0]!.length,
    verdict,
    checkMeanUs: mean(check),
    checkP99Us: Math.round(check[Math.floor(check.length * 0.99)]! * 1000 * 10) / 10,
    applyMeanUs,
  };
}

function mean(times: number[]): number {
  return Math.round((times.reduce((sum, t) => sum + t, 0) / times.length) * 1000 * 10) / 10;
}

const move = updateFrom((doc) => doc.getMap<Y.Map<unknown>>('items').get('n7')!.set('x', 1234));
const text = updateFrom((doc) =>
  doc.getMap<Y.Map<unknown>>('items').get('n8')!.set('text', 'Ny tekst på lappen'),
);
const create = updateFrom((doc) => doc.getMap('items').set('fresh', note(9_999, 'p1')));
const deep = updateFrom((doc) => {
  doc.transact(() => {
    let map = new Y.Map<unknown>();
    doc.getMap('items').set('deep', map);
    for (let i = 0; i < 5_000; i++) {
      const child = new Y.Map<unknown>();
      map.set('text', child);
      map = child;
    }
  });
});
const ghost = new Y.Doc();
ghost.clientID = 424_242;
ghost.getMap('items').set('g', note(1, 'p1'));
const ghostCopy = new Y.Doc();
Y.applyUpdate(ghostCopy, Y.encodeStateAsUpdate(ghost));
const ghostBefore = Y.encodeStateVector(ghostCopy);
ghostCopy.getMap<Y.Map<unknown>>('items').get('g')!.set('x', 1);
const missing = Y.encodeStateAsUpdate(ghostCopy, ghostBefore);
const wide = updateFrom((doc) =>
  doc
    .getMap('items')
    .set('wide', new Y.Map<unknown>(Array.from({ length: 2_000 }, (_, i) => [`k${i}`, i]))),
);

// Warm the JIT on every kind first, so the table shows steady state.
for (const update of [move, text, create, missing]) {
  for (let i = 0; i < 500; i++) checkBoardUpdate(board, update, sender);
}

const rows = [
  measure('move (set x)', move, true),
  measure('text edit', text, true),
  measure('new note', create, true),
  measure('attack: 5,000 nested maps', deep, false, ATTACK_ROUNDS),
  measure('attack: missing dependencies', missing, false),
  measure('attack: 2,000 keys', wide, false, ATTACK_ROUNDS),
];
console.log(
  `board of ${NOTES} notes; check: ${ROUNDS} rounds (attacks ${ATTACK_ROUNDS}), apply: ${APPLY_ROUNDS}; node ${process.version}`,
);
console.table(rows);
