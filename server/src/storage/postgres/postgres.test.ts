import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { describeStorageContract } from '../contract/index.js';
import { OLD_VOTE_ROWS, UNPACKED_SCOPES, sampleWorkshop, voteScope } from '../contract/fixtures.js';
import { JoinCodeTakenError, type Storage } from '../types.js';
import { POSTGRES_MIGRATIONS, migratePostgres } from './migrations.js';
import { createPool } from './pool.js';
import { PostgresStorage } from './storage.js';

/**
 * Runs against a real PostgreSQL server named by TEST_DATABASE_URL (`.ci/run`
 * starts one and sets it). Each test gets a fresh schema, dropped afterwards,
 * so runs never see each other's rows.
 */
const url = process.env.TEST_DATABASE_URL;
if (!url) console.warn('PostgreSQL tests skipped: set TEST_DATABASE_URL, .ci/run does');
const describeWithPostgres = url ? describe : describe.skip;

const admin = url ? new pg.Pool({ connectionString: url, max: 2 }) : undefined;
const schemas: string[] = [];
const opened: PostgresStorage[] = [];

function freshSchema(): string {
  const schema = `moteplass_test_${randomBytes(6).toString('hex')}`;
  schemas.push(schema);
  return schema;
}

async function open(schema: string): Promise<PostgresStorage> {
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const storage = await PostgresStorage.open({ connectionString: url, schema, poolSize: 4 });
  opened.push(storage);
  return storage;
}

afterEach(async () => {
  for (const storage of opened.splice(0)) await storage.close();
  for (const schema of schemas.splice(0)) {
    await admin?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  }
});

afterAll(async () => {
  await admin?.end();
});

describeWithPostgres('PostgresStorage (TEST_DATABASE_URL)', () => {
  describeStorageContract('postgres', () => open(freshSchema()));

  describe('two instances on one database', () => {
    it('VOTE-1: concurrent dots cast on both instances never exceed the budget', async () => {
      const schema = freshSchema();
      const [first, second] = [await open(schema), await open(schema)];
      const workshop = sampleWorkshop();
      await first.workshops.create(workshop);
      const vote = {
        id: 'vote-1',
        workshopId: workshop.id,
        dotsPerParticipant: 3,
        phase: 'design' as const,
        frameId: null,
        pollId: null,
        groupId: null,
        allGroups: false,
        forbidOwnNotes: false,
        openedAt: 1,
        closedAt: null,
        result: null,
      };
      expect(await second.equality.openVote(vote)).toBe(true);
      const outcomes = await Promise.all(
        Array.from({ length: 24 }, (_, i) =>
          (i % 2 ? first : second).equality.castDot(
            workshop.id,
            vote.id,
            i % 4 < 2 ? 'kari' : 'ola',
            'n1',
          ),
        ),
      );
      expect(outcomes.filter((o) => o.status === 'cast')).toHaveLength(6);
      expect(await first.equality.listDots(workshop.id, vote.id, 'kari')).toHaveLength(3);
      expect(await second.equality.listDots(workshop.id, vote.id, 'ola')).toHaveLength(3);
      const closed = await first.equality.closeVote(workshop.id, vote.id, 2);
      expect(closed?.result).toEqual({ voters: 2, tallies: [{ itemId: 'n1', count: 6 }] });
    });

    it('DRAFT-2: drafts on both instances respect the limit, and one of two reveals takes them', async () => {
      const schema = freshSchema();
      const [first, second] = [await open(schema), await open(schema)];
      const workshop = sampleWorkshop();
      await first.workshops.create(workshop);
      const round = { id: 'r1', workshopId: workshop.id, phase: 'explore' as const, openedAt: 1 };
      expect(await first.equality.openSilentRound({ ...round, closedAt: null })).toBe(true);
      expect(await second.equality.openSilentRound({ ...round, id: 'r2', closedAt: null })).toBe(
        false,
      );
      const outcomes = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          (i % 2 ? first : second).equality.saveDraft(
            {
              id: `d${i}`,
              workshopId: workshop.id,
              roundId: 'r1',
              participantId: 'kari',
              phase: 'explore',
              text: `Utkast ${i}`,
              updatedAt: i,
            },
            { create: true, maxPerParticipant: 3 },
          ),
        ),
      );
      expect(outcomes.filter((o) => o === 'saved')).toHaveLength(3);
      // Both instances reveal at once: one takes the round and every draft, once.
      const claims = await Promise.all([
        first.equality.claimReveal(workshop.id, 'c1', 9),
        second.equality.claimReveal(workshop.id, 'c2', 9),
      ]);
      expect(claims.map((c) => c.status).sort()).toEqual(['busy', 'claimed']);
      const claim = claims.find((c) => c.status === 'claimed');
      expect(claim?.status === 'claimed' && claim.drafts).toHaveLength(3);
    });

    it('gives each of a burst of appends from both instances its own seq, in commit order', async () => {
      const schema = freshSchema();
      const [first, second] = [await open(schema), await open(schema)];
      const seqs = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 ? first : second).documents.append('w1', 'board', [
            new Uint8Array([i]),
            new Uint8Array([i, i]),
          ]),
        ),
      );
      expect(new Set(seqs).size).toBe(20);
      const stored = await first.documents.load('w1', 'board');
      expect(stored.updates).toHaveLength(40);
      expect(stored.lastSeq).toBe(Math.max(...seqs));
      // Each append's two updates stay next to each other.
      for (let i = 0; i < 40; i += 2) {
        expect(stored.updates[i + 1]).toEqual(
          new Uint8Array([stored.updates[i]![0]!, stored.updates[i]![0]!]),
        );
      }
    });

    it('batches appends from both instances in any document order without deadlock', async () => {
      const schema = freshSchema();
      const [first, second] = [await open(schema), await open(schema)];
      const one = (i: number) => [new Uint8Array([i])];
      const batches = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          i % 2
            ? first.documents.appendBatch([
                { workshopId: 'w1', room: 'board', updates: one(i) },
                { workshopId: 'w2', room: 'board', updates: one(i) },
                { workshopId: 'w1', room: 'control', updates: one(i) },
              ])
            : second.documents.appendBatch([
                { workshopId: 'w1', room: 'control', updates: one(i) },
                { workshopId: 'w2', room: 'board', updates: one(i) },
                { workshopId: 'w1', room: 'board', updates: one(i) },
              ]),
        ),
      );
      expect(batches.every((seqs) => seqs.length === 3)).toBe(true);
      for (const [workshopId, room] of [
        ['w1', 'board'],
        ['w2', 'board'],
        ['w1', 'control'],
      ] as const) {
        const stored = await second.documents.load(workshopId, room);
        expect(stored.updates).toHaveLength(20);
      }
      // Seqs come back in the order of the entries, whatever order they were locked in.
      const last = batches[19]!;
      expect((await first.documents.load('w1', 'board')).lastSeq).toBeGreaterThanOrEqual(last[0]!);
    });

    it('keeps a newer snapshot when another instance compacts late with an older one', async () => {
      const schema = freshSchema();
      const [first, second] = [await open(schema), await open(schema)];
      const early = await first.documents.append('w1', 'board', [new Uint8Array([1])]);
      const late = await second.documents.append('w1', 'board', [new Uint8Array([2])]);
      await second.documents.compact('w1', 'board', new Uint8Array([9, 2]), late);
      await first.documents.compact('w1', 'board', new Uint8Array([9, 1]), early);
      expect(await first.documents.load('w1', 'board')).toEqual({
        snapshot: new Uint8Array([9, 2]),
        updates: [],
        lastSeq: 0,
      });
    });

    it('lets only one instance take a join code, and both agree on a meta value', async () => {
      const schema = freshSchema();
      const [first, second] = [await open(schema), await open(schema)];
      const results = await Promise.allSettled([
        first.workshops.create(sampleWorkshop({ joinCode: 'SAME42' })),
        second.workshops.create(sampleWorkshop({ joinCode: 'SAME42' })),
      ]);
      const refused = results.filter((r) => r.status === 'rejected');
      expect(refused).toHaveLength(1);
      expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(JoinCodeTakenError);
      const secrets = await Promise.all([
        first.meta.setIfAbsent('tokenSecret', 'a'),
        second.meta.setIfAbsent('tokenSecret', 'b'),
      ]);
      expect(secrets[0]).toBe(secrets[1]);
    });
  });

  describe('migrations', () => {
    it('run once when several instances start together', async () => {
      const schema = freshSchema();
      const storages: Storage[] = await Promise.all([open(schema), open(schema), open(schema)]);
      expect(storages.map((s) => s.kind)).toEqual(['postgres', 'postgres', 'postgres']);
      const { rows } = await admin!.query<{ version: number; name: string }>(
        `SELECT version, name FROM "${schema}".schema_migrations ORDER BY version`,
      );
      expect(rows).toEqual(POSTGRES_MIGRATIONS.map((m, i) => ({ version: i + 1, name: m.name })));
      // A restart finds nothing to do.
      await (await open(schema)).close();
    });

    it('003 counts rounds closed before it as revealed, and keeps an open round with its drafts', async () => {
      const schema = freshSchema();
      const pool = createPool({ connectionString: url!, schema });
      const client = await pool.connect();
      try {
        await migratePostgres(client, schema, POSTGRES_MIGRATIONS.slice(0, 2));
        await client.query(
          `INSERT INTO workshops (id, title, case_description, language, join_code,
             facilitator_key_hash, created_at, last_activity_at)
           VALUES ('w1', 'A', '', 'nb', 'AAAA', 'h', 1, 1), ('w2', 'B', '', 'nb', 'BBBB', 'h', 1, 1)`,
        );
        await client.query(
          `INSERT INTO silent_rounds (id, workshop_id, phase, opened_at, closed_at)
           VALUES ('old', 'w1', 'explore', 1, 5), ('open', 'w2', 'design', 2, NULL)`,
        );
        await client.query(
          `INSERT INTO drafts (id, workshop_id, round_id, participant_id, phase, text, updated_at)
           VALUES ('d1', 'w2', 'open', 'kari', 'design', 'Utkast', 3)`,
        );
      } finally {
        client.release();
        await pool.end();
      }
      const storage = await open(schema);
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
    });

    it('005 unpacks the vote scopes kept in frame_id into their own columns', async () => {
      const schema = freshSchema();
      const pool = createPool({ connectionString: url!, schema });
      const client = await pool.connect();
      try {
        await migratePostgres(client, schema, POSTGRES_MIGRATIONS.slice(0, 4));
        await client.query(
          `INSERT INTO workshops (id, title, case_description, language, join_code,
             facilitator_key_hash, created_at, last_activity_at)
           VALUES ('w1', 'A', '', 'nb', 'AAAA', 'h', 1, 1)`,
        );
        await client.query(
          `INSERT INTO votes (id, workshop_id, dots_per_participant, phase, frame_id,
             forbid_own_notes, opened_at, closed_at)
           VALUES ${OLD_VOTE_ROWS.replaceAll(', 0, ', ', FALSE, ')}`,
        );
      } finally {
        client.release();
        await pool.end();
      }
      const storage = await open(schema);
      expect((await storage.equality.listVotes('w1')).map(voteScope)).toEqual(UNPACKED_SCOPES);
    });

    it('refuses a database written by a newer schema', async () => {
      const schema = freshSchema();
      await (await open(schema)).close();
      await admin!.query(
        `INSERT INTO "${schema}".schema_migrations (version, name) VALUES ($1, 'future')`,
        [POSTGRES_MIGRATIONS.length + 1],
      );
      await expect(open(schema)).rejects.toThrow(/newer than this server knows/);
    });
  });

  describe('errors', () => {
    it('rejects, not crashes, when the server cannot be reached', async () => {
      const unreachable = new URL(url!);
      unreachable.port = '1';
      await expect(
        PostgresStorage.open({ connectionString: unreachable.toString() }),
      ).rejects.toThrow();
    });

    it('logs a pooled connection that drops while idle, and reconnects', async () => {
      const logged: string[] = [];
      const pool = createPool({
        connectionString: url!,
        logError: (message) => logged.push(message),
      });
      try {
        const { rows } = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
        await admin!.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]);
        await vi.waitFor(() => expect(logged).toEqual(['PostgreSQL connection lost while idle']));
        expect((await pool.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      } finally {
        await pool.end();
      }
    });

    it('rejects calls once closed', async () => {
      const storage = await open(freshSchema());
      await storage.close();
      await expect(storage.workshops.get('w1')).rejects.toThrow();
    });

    it('refuses a schema name that is not a plain identifier', async () => {
      await expect(
        PostgresStorage.open({ connectionString: url!, schema: 'x; DROP TABLE y' }),
      ).rejects.toThrow(/schema name/);
    });
  });
});
