import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { describeStorageContract } from '../contract/index.js';
import {
  OLD_VOTE_ROWS,
  UNPACKED_SCOPES,
  addNote,
  recordingBoard,
  sampleParticipant,
  sampleWorkshop,
  voteScope,
} from '../contract/fixtures.js';
import { SQLITE_MIGRATIONS, migrateSqlite } from './migrations.js';
import { SqliteStorage } from './storage.js';

const tempDirs: string[] = [];

/** A database file in a fresh temp directory, removed after the test. */
function tempDatabasePath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'moteplass-storage-'));
  tempDirs.push(dir);
  return join(dir, 'moteplass.sqlite');
}

afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describeStorageContract('sqlite', () => new SqliteStorage(tempDatabasePath()));
describeStorageContract('sqlite :memory:', () => new SqliteStorage(':memory:'));

describe('SqliteStorage on disk', () => {
  it('returns what was stored after the file is reopened', async () => {
    const path = tempDatabasePath();
    const workshop = sampleWorkshop();
    const participant = sampleParticipant(workshop.id, { facilitator: true, revoked: true });
    const first = new SqliteStorage(path);
    await first.workshops.create(workshop);
    await first.workshops.addParticipant(participant);
    await first.documents.compact(workshop.id, 'control', new Uint8Array([7, 7]), 0);
    const seq = await first.documents.append(workshop.id, 'board', [new Uint8Array([1, 2, 3])]);
    await first.meta.setIfAbsent('tokenSecret', 's3cret');
    await first.close();

    const reopened = new SqliteStorage(path);
    expect(await reopened.workshops.get(workshop.id)).toEqual(workshop);
    expect(await reopened.workshops.listParticipants(workshop.id)).toEqual([participant]);
    expect(await reopened.documents.load(workshop.id, 'board')).toEqual({
      snapshot: null,
      updates: [new Uint8Array([1, 2, 3])],
      lastSeq: seq,
    });
    expect((await reopened.documents.load(workshop.id, 'control')).snapshot).toEqual(
      new Uint8Array([7, 7]),
    );
    expect(await reopened.meta.get('tokenSecret')).toBe('s3cret');
    await reopened.close();
  });

  it('opens in WAL mode at the newest schema version', async () => {
    const path = tempDatabasePath();
    await new SqliteStorage(path).close();
    const inspector = new Database(path, { readonly: true });
    expect(inspector.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(inspector.pragma('user_version', { simple: true })).toBe(SQLITE_MIGRATIONS.length);
    inspector.close();
  });

  it('005 counts rounds closed before it as revealed, and keeps an open round with its drafts', async () => {
    const path = tempDatabasePath();
    const before = new Database(path);
    migrateSqlite(before, SQLITE_MIGRATIONS.slice(0, 4));
    before.exec(`
      INSERT INTO workshops (id, title, case_description, language, join_code,
        facilitator_key_hash, created_at, last_activity_at)
      VALUES ('w1', 'A', '', 'nb', 'AAAA', 'h', 1, 1), ('w2', 'B', '', 'nb', 'BBBB', 'h', 1, 1);
      INSERT INTO silent_rounds (id, workshop_id, phase, opened_at, closed_at)
      VALUES ('old', 'w1', 'explore', 1, 5), ('open', 'w2', 'design', 2, NULL);
      INSERT INTO drafts (id, workshop_id, round_id, participant_id, phase, text, updated_at)
      VALUES ('d1', 'w2', 'open', 'kari', 'design', 'Utkast', 3);
    `);
    before.close();
    const storage = new SqliteStorage(path);
    const fresh = { id: 'new', workshopId: 'w1', phase: 'explore' as const, openedAt: 9 };
    expect(await storage.equality.openSilentRound({ ...fresh, closedAt: null })).toBe(true);
    expect(await storage.equality.claimReveal('w1', 'c1', 10)).toMatchObject({
      round: { id: 'new' },
    });
    expect(await storage.equality.getOpenSilentRound('w2')).toMatchObject({
      id: 'open',
      revealedAt: null,
    });
    const claim = await storage.equality.claimReveal('w2', 'c2', 10);
    expect(claim.status === 'claimed' && claim.drafts.map((d) => d.text)).toEqual(['Utkast']);
    const inspector = new Database(path, { readonly: true });
    const drafts = inspector.prepare('SELECT COUNT(*) AS n FROM drafts');
    expect(drafts.get()).toEqual({ n: 1 });
    // Finishing the reveal deletes the drafts from the file, not just from view.
    expect(await storage.equality.finishReveal('w2', 'open', 'c2', 11)).toBe(true);
    expect(drafts.get()).toEqual({ n: 0 });
    inspector.close();
    await storage.close();
  });

  it('007 unpacks the vote scopes kept in frame_id into their own columns', async () => {
    const path = tempDatabasePath();
    const before = new Database(path);
    migrateSqlite(before, SQLITE_MIGRATIONS.slice(0, 6));
    before.exec(`
      INSERT INTO workshops (id, title, case_description, language, join_code,
        facilitator_key_hash, created_at, last_activity_at)
      VALUES ('w1', 'A', '', 'nb', 'AAAA', 'h', 1, 1);
      INSERT INTO votes (id, workshop_id, dots_per_participant, phase, frame_id,
        forbid_own_notes, opened_at, closed_at)
      VALUES ${OLD_VOTE_ROWS};
    `);
    before.close();
    const storage = new SqliteStorage(path);
    expect((await storage.equality.listVotes('w1')).map(voteScope)).toEqual(UNPACKED_SCOPES);
    await storage.close();
  });

  it('refuses a database written by a newer schema', () => {
    const path = tempDatabasePath();
    const future = new Database(path);
    future.pragma(`user_version = ${SQLITE_MIGRATIONS.length + 1}`);
    future.close();
    expect(() => new SqliteStorage(path)).toThrow(/newer than this server knows/);
  });
});

describe('SqliteStorage deleting a workshop (GDPR)', () => {
  const secret = 'Hemmelig-lapp-æøå-12345';

  /** Whether the database file or its WAL holds `secret` anywhere, in any page. */
  function onDisk(path: string): boolean {
    const needle = Buffer.from(secret, 'utf8');
    return [path, `${path}-wal`].some(
      (file) => existsSync(file) && readFileSync(file).includes(needle),
    );
  }

  it('leaves none of its text in the database file or the WAL', async () => {
    const path = tempDatabasePath();
    const doomed = sampleWorkshop({ title: `Verksted ${secret}` });
    const kept = sampleWorkshop();
    const { doc, updates } = recordingBoard();

    let storage = new SqliteStorage(path);
    await storage.workshops.create(doomed);
    await storage.workshops.create(kept);
    await storage.workshops.addParticipant(sampleParticipant(doomed.id, { name: secret }));
    await storage.workshops.addParticipant(sampleParticipant(kept.id));
    await storage.documents.append(kept.id, 'board', [new Uint8Array([1, 2, 3])]);
    addNote(doc, 'n1', secret);
    const seq = await storage.documents.append(doomed.id, 'board', updates.splice(0));
    await storage.documents.compact(doomed.id, 'board', Y.encodeStateAsUpdate(doc), seq);
    await storage.close();

    // Reopen so the text sits in the main file as well as, below, in the WAL.
    storage = new SqliteStorage(path);
    addNote(doc, 'n2', `${secret} igjen`);
    await storage.documents.append(doomed.id, 'board', updates.splice(0));
    expect(onDisk(path)).toBe(true);

    await storage.deleteWorkshop(doomed.id);
    expect(onDisk(path)).toBe(false);
    await storage.close();
    expect(onDisk(path)).toBe(false);

    const reopened = new SqliteStorage(path);
    expect(await reopened.workshops.get(kept.id)).toEqual(kept);
    expect((await reopened.documents.load(kept.id, 'board')).updates).toHaveLength(1);
    await reopened.close();
  });
});

describe('SqliteStorage checkpointing in the background', () => {
  it('folds the WAL into the database file from its worker, not from the serving connection', async () => {
    const path = tempDatabasePath();
    const storage = new SqliteStorage(path, { checkpointInBackground: true });
    const workshop = sampleWorkshop();
    await storage.workshops.create(workshop);
    const before = statSync(path).size;
    // About 2 MB of updates: SQLite alone would checkpoint during these commits.
    for (let i = 0; i < 64; i++) {
      await storage.documents.append(workshop.id, 'board', [new Uint8Array(32 * 1024).fill(i)]);
    }
    await vi.waitFor(() => expect(statSync(path).size).toBeGreaterThan(before + 2_000_000), {
      timeout: 10_000,
      interval: 100,
    });
    await storage.close();
    expect(existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0).toBe(0);
  });
});

describe('DISK-1: SqliteStorage empties its WAL after a vote closes and a reveal finishes', () => {
  const walSize = (path: string) => (existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0);

  it.each([
    ['from the background worker', true],
    ['on the serving connection without one', false],
  ])('%s', async (_how, checkpointInBackground) => {
    const path = tempDatabasePath();
    const storage = new SqliteStorage(path, { checkpointInBackground });
    const workshop = sampleWorkshop();
    await storage.workshops.create(workshop);
    const vote = {
      id: 'v1',
      workshopId: workshop.id,
      dotsPerParticipant: 3,
      phase: 'explore' as const,
      frameId: null,
      pollId: null,
      groupId: null,
      allGroups: false,
      forbidOwnNotes: false,
      openedAt: 1,
      closedAt: null,
      result: null,
    };
    expect(await storage.equality.openVote(vote)).toBe(true);
    await storage.equality.castDot(workshop.id, 'v1', 'kari', 'note-1');
    expect(walSize(path)).toBeGreaterThan(0);
    expect(await storage.equality.closeVote(workshop.id, 'v1', 2)).not.toBeNull();
    expect(walSize(path)).toBe(0);

    const round = { id: 'r1', workshopId: workshop.id, phase: 'explore' as const, openedAt: 3 };
    expect(await storage.equality.openSilentRound({ ...round, closedAt: null })).toBe(true);
    const draft = { id: 'd1', workshopId: workshop.id, roundId: 'r1', participantId: 'kari' };
    await storage.equality.saveDraft(
      { ...draft, phase: 'explore', text: 'Utkast', updatedAt: 4 },
      { create: true, maxPerParticipant: 5 },
    );
    expect(walSize(path)).toBeGreaterThan(0);
    expect((await storage.equality.claimReveal(workshop.id, 'c1', 5)).status).toBe('claimed');
    expect(await storage.equality.finishReveal(workshop.id, 'r1', 'c1', 6)).toBe(true);
    expect(walSize(path)).toBe(0);
    await storage.close();
  });
});
