import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStorage } from '../src/storage/index.js';
import { equalityWorkshop } from './equality-helper.js';
import { cleanup, onCleanup } from './helper.js';

/**
 * DISK-1 end to end, on the SQLite store a server really uses (background
 * checkpointer included): once an anonymous reveal or a vote's close is
 * answered, no page of any file in DATA_DIR (database, -wal, -shm) holds a
 * participant's id next to the text of their revealed draft or next to the
 * note they gave a dot. "Next to" is "in the same database page": a row and
 * its neighbours share a page; different tables never do.
 */
afterEach(cleanup);

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'moteplass-trace-'));
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** SQLite's page size, from the database header (offset 16, big-endian; 1 means 65536). */
function pageSize(database: Buffer): number {
  const raw = database.readUInt16BE(16);
  return raw === 1 ? 65_536 : raw;
}

/**
 * Every page of every file in `dir`: the database file cut at page
 * boundaries, the WAL cut into its frames (32-byte header, then 24 + page
 * bytes each), any other file whole.
 */
function pagesOnDisk(dir: string): Buffer[] {
  const names = readdirSync(dir);
  const database = names.find((name) => name.endsWith('.sqlite'));
  const size = database ? pageSize(readFileSync(join(dir, database))) : 4096;
  return names.flatMap((name) => {
    const bytes = readFileSync(join(dir, name));
    if (name.endsWith('.sqlite')) return cut(bytes, 0, size);
    if (name.endsWith('-wal')) return cut(bytes, 32, 24 + size);
    return [bytes];
  });
}

function cut(bytes: Buffer, start: number, size: number): Buffer[] {
  const pages: Buffer[] = [];
  for (let at = start; at < bytes.length; at += size) pages.push(bytes.subarray(at, at + size));
  return pages;
}

/** How many pages hold both strings. */
function pagesHoldingBoth(dir: string, a: string, b: string): number {
  const [needleA, needleB] = [Buffer.from(a), Buffer.from(b)];
  return pagesOnDisk(dir).filter((page) => page.includes(needleA) && page.includes(needleB)).length;
}

function pagesHolding(dir: string, text: string): number {
  return pagesOnDisk(dir).filter((page) => page.includes(Buffer.from(text))).length;
}

async function sqliteWorkshop() {
  const dir = dataDir();
  const storage = openStorage({ dataDir: dir });
  onCleanup(() => storage.close());
  const setup = await equalityWorkshop({ storage });
  const ok = async (
    who: (typeof setup.people)[keyof typeof setup.people],
    action: Record<string, unknown>,
  ) => {
    const answer = await setup.act(who, action);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body as Record<string, unknown>;
  };
  return { ...setup, dir, ok };
}

describe('DISK-1: no participant id next to what they wrote anonymously or voted for', () => {
  it('an anonymous reveal leaves no page holding an author id and their draft text', async () => {
    const { dir, people, ok } = await sqliteWorkshop();
    const tag = randomBytes(6).toString('hex');
    const drafts = {
      kari: `Kari sitt hemmelige innspill ${tag} – ærlig talt`,
      ola: `Olas stille tanke ${tag} – øvrig`,
    };
    await ok(people.facilitator, {
      type: 'startSilentWriting',
      phase: 'explore',
      reveal: 'anonymous',
    });
    await ok(people.kari, { type: 'saveDraft', text: drafts.kari, phase: 'explore' });
    await ok(people.ola, { type: 'saveDraft', text: drafts.ola, phase: 'explore' });
    // The scan means something only if it sees the draft rows before the reveal.
    expect(pagesHoldingBoth(dir, people.kari.participantId, drafts.kari)).toBeGreaterThan(0);
    expect(pagesHoldingBoth(dir, people.ola.participantId, drafts.ola)).toBeGreaterThan(0);

    await ok(people.facilitator, { type: 'revealDrafts' });

    for (const [who, text] of [
      [people.kari, drafts.kari],
      [people.ola, drafts.ola],
    ] as const) {
      // The text is stored, as an anonymous note on the board...
      expect(pagesHolding(dir, text)).toBeGreaterThan(0);
      // ...and no page ties it to its author any more, in the file or the WAL.
      for (const author of [people.kari, people.ola]) {
        expect(pagesHoldingBoth(dir, author.participantId, text), who.participantId).toBe(0);
      }
    }
  });

  it('VOTE-3: closeVote leaves no page holding a voter id and the note they gave a dot', async () => {
    const { dir, people, ok } = await sqliteWorkshop();
    const note = async (text: string) =>
      (await ok(people.siri, { type: 'addAnonymousNote', text, phase: 'explore' }))
        .itemId as string;
    await ok(people.facilitator, { type: 'setAnonymity', mode: 'off', allowSingle: true });
    const notes = [await note('Flere benker'), await note('Bedre lys')];
    await ok(people.facilitator, { type: 'startVote', dotsPerParticipant: 2, phase: 'explore' });
    await ok(people.kari, { type: 'castVote', itemId: notes[0] });
    await ok(people.kari, { type: 'castVote', itemId: notes[1] });
    await ok(people.ola, { type: 'castVote', itemId: notes[1] });
    const ballots = [
      [people.kari.participantId, notes[0]!],
      [people.kari.participantId, notes[1]!],
      [people.ola.participantId, notes[1]!],
    ] as const;
    for (const [voter, item] of ballots) {
      expect(pagesHoldingBoth(dir, voter, item)).toBeGreaterThan(0);
    }

    const closed = await ok(people.facilitator, { type: 'closeVote' });
    expect(closed.tallies).toEqual([
      { itemId: notes[1], count: 2 },
      { itemId: notes[0], count: 1 },
    ]);

    for (const [voter, item] of ballots) {
      expect(pagesHolding(dir, item)).toBeGreaterThan(0);
      expect(pagesHoldingBoth(dir, voter, item), `${voter} → ${item}`).toBe(0);
    }
  });
});
