import type { PoolClient } from 'pg';

/**
 * The PostgreSQL schema as an ordered list of named steps. The table
 * `schema_migrations` records which versions have run; a new step goes at
 * the end and is never edited once released, since databases out there have
 * already run it.
 */
export interface PostgresMigration {
  name: string;
  sql: string;
}

export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [
  {
    name: '001-initial-schema',
    // Times are epoch milliseconds (BIGINT), as in the records. A document's
    // row carries its snapshot and its sequence counter: appending locks that
    // row, so per document the sequence order is the commit order, and a
    // reader that sees seq n has every seq below it (compaction relies on it).
    sql: `
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );

      CREATE TABLE workshops (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        case_description TEXT NOT NULL,
        language TEXT NOT NULL,
        join_code TEXT NOT NULL,
        facilitator_key_hash TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        last_activity_at BIGINT NOT NULL
      );
      CREATE UNIQUE INDEX workshops_join_code ON workshops (join_code);
      CREATE INDEX workshops_last_activity ON workshops (last_activity_at);

      CREATE TABLE participants (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        name TEXT,
        role TEXT,
        facilitator BOOLEAN NOT NULL,
        created_at BIGINT NOT NULL,
        revoked BOOLEAN NOT NULL DEFAULT false,
        position BIGINT GENERATED ALWAYS AS IDENTITY
      );
      CREATE INDEX participants_by_workshop ON participants (workshop_id, created_at, position);

      CREATE TABLE documents (
        workshop_id TEXT NOT NULL,
        room TEXT NOT NULL,
        snapshot BYTEA,
        -- Highest seq handed out; never goes down, so a seq is never reused.
        last_seq BIGINT NOT NULL DEFAULT 0,
        -- The snapshot contains every update up to here.
        compacted_through BIGINT NOT NULL DEFAULT 0,
        PRIMARY KEY (workshop_id, room)
      );

      CREATE TABLE doc_updates (
        workshop_id TEXT NOT NULL,
        room TEXT NOT NULL,
        seq BIGINT NOT NULL,
        data BYTEA NOT NULL,
        PRIMARY KEY (workshop_id, room, seq)
      );

      CREATE TABLE case_file_summaries (
        workshop_id TEXT PRIMARY KEY REFERENCES workshops (id) ON DELETE CASCADE,
        summary TEXT NOT NULL
      );

      CREATE TABLE board_images (
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        mime TEXT NOT NULL,
        data BYTEA NOT NULL,
        byte_length BIGINT NOT NULL,
        created_at BIGINT NOT NULL,
        PRIMARY KEY (workshop_id, id)
      );
    `,
  },
  {
    name: '002-drafts-and-votes',
    // Equality controls. The partial unique indexes let the database itself
    // refuse a second open round or vote, whichever instance asks.
    sql: `
      CREATE TABLE silent_rounds (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        phase TEXT NOT NULL,
        opened_at BIGINT NOT NULL,
        closed_at BIGINT
      );
      CREATE UNIQUE INDEX silent_rounds_one_open ON silent_rounds (workshop_id)
        WHERE closed_at IS NULL;

      CREATE TABLE drafts (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        round_id TEXT NOT NULL REFERENCES silent_rounds (id) ON DELETE CASCADE,
        participant_id TEXT NOT NULL,
        phase TEXT NOT NULL,
        text TEXT NOT NULL,
        updated_at BIGINT NOT NULL,
        position BIGINT GENERATED ALWAYS AS IDENTITY
      );
      CREATE INDEX drafts_by_author ON drafts (round_id, participant_id);

      CREATE TABLE votes (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        dots_per_participant INTEGER NOT NULL,
        phase TEXT,
        frame_id TEXT,
        forbid_own_notes BOOLEAN NOT NULL,
        opened_at BIGINT NOT NULL,
        closed_at BIGINT,
        voters INTEGER,
        tallies JSONB,
        position BIGINT GENERATED ALWAYS AS IDENTITY
      );
      CREATE UNIQUE INDEX votes_one_open ON votes (workshop_id) WHERE closed_at IS NULL;
      CREATE INDEX votes_by_workshop ON votes (workshop_id, opened_at);

      CREATE TABLE vote_dots (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        vote_id TEXT NOT NULL REFERENCES votes (id) ON DELETE CASCADE,
        participant_id TEXT NOT NULL,
        item_id TEXT NOT NULL
      );
      CREATE INDEX vote_dots_by_voter ON vote_dots (vote_id, participant_id);
    `,
  },
  {
    name: '003-reveal-keeps-drafts-until-published',
    // A reveal closes the round and keeps its drafts until the notes are on
    // the board; revealed_at marks the end, reveal_claim the reveal under way
    // (see parts/equality.ts). Rounds closed before this step had their
    // drafts revealed and deleted in the same transaction. A round awaiting
    // its reveal still blocks a new one, so the unique index moves from
    // "open" to "not revealed".
    sql: `
      ALTER TABLE silent_rounds
        ADD COLUMN revealed_at BIGINT,
        ADD COLUMN reveal_claim TEXT,
        ADD COLUMN reveal_claimed_at BIGINT;
      UPDATE silent_rounds SET revealed_at = closed_at WHERE closed_at IS NOT NULL;
      DROP INDEX silent_rounds_one_open;
      CREATE UNIQUE INDEX silent_rounds_one_unrevealed ON silent_rounds (workshop_id)
        WHERE revealed_at IS NULL;
    `,
  },
  {
    name: '004-series-and-reflection',
    // Issue 18. A workshop's place in a series (series_id is the first
    // meetup's id, kept when that meetup is deleted), and the one open
    // reflection round per workshop with its answers. Answers carry no
    // participant id, only an HMAC of it under the round's secret (REFL-4);
    // closing a round deletes the round, its secret and its answers.
    sql: `
      CREATE TABLE series_meetups (
        workshop_id TEXT PRIMARY KEY REFERENCES workshops (id) ON DELETE CASCADE,
        series_id TEXT NOT NULL,
        meetup_index INTEGER NOT NULL,
        UNIQUE (series_id, meetup_index)
      );
      CREATE TABLE reflection_rounds (
        workshop_id TEXT PRIMARY KEY REFERENCES workshops (id) ON DELETE CASCADE,
        round_id TEXT NOT NULL,
        secret TEXT NOT NULL,
        opened_at BIGINT NOT NULL
      );
      CREATE TABLE reflection_answers (
        workshop_id TEXT NOT NULL REFERENCES reflection_rounds (workshop_id) ON DELETE CASCADE,
        answer_key TEXT NOT NULL,
        role TEXT,
        ratings TEXT NOT NULL,
        comment TEXT,
        PRIMARY KEY (workshop_id, answer_key)
      );
    `,
  },
  {
    name: '005-vote-scope-columns',
    // A vote's scope had been kept in frame_id with marks ('poll:<id>',
    // 'group:<groupId>:<frameId>', 'groups:') while the storage backends
    // were being regrouped; it gets columns of its own, and the marked rows
    // are unpacked. SET expressions read the row as it was before.
    sql: `
      ALTER TABLE votes
        ADD COLUMN poll_id TEXT,
        ADD COLUMN group_id TEXT,
        ADD COLUMN all_groups BOOLEAN NOT NULL DEFAULT FALSE;
      UPDATE votes SET poll_id = substr(frame_id, 6), frame_id = NULL
        WHERE frame_id LIKE 'poll:%';
      UPDATE votes SET all_groups = TRUE, frame_id = NULL WHERE frame_id = 'groups:';
      UPDATE votes SET
          group_id = split_part(substr(frame_id, 7), ':', 1),
          frame_id = NULLIF(
            substr(substr(frame_id, 7), length(split_part(substr(frame_id, 7), ':', 1)) + 2), '')
        WHERE frame_id LIKE 'group:%';
    `,
  },
];

/**
 * Brings the schema up to date, all pending steps in one transaction. The
 * transaction-scoped advisory lock makes instances that start together wait
 * for each other: the first migrates, the others then find nothing to do.
 * `schema` (already validated as an identifier) is created when missing.
 */
export async function migratePostgres(
  client: PoolClient,
  schema: string | undefined,
  migrations: readonly PostgresMigration[] = POSTGRES_MIGRATIONS,
): Promise<void> {
  await client.query('BEGIN');
  try {
    // A step may rewrite a large table; waiting for another instance's
    // migration counts too. Neither is a stuck statement.
    await client.query('SET LOCAL statement_timeout = 0');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      `moteplass:migrations:${schema ?? ''}`,
    ]);
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await client.query(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
      )`);
    const { rows } = await client.query<{ version: number | null }>(
      'SELECT MAX(version) AS version FROM schema_migrations',
    );
    const applied = rows[0]?.version ?? 0;
    if (applied > migrations.length) {
      // Rolling the server back past a schema change would misread the data.
      throw new Error(
        `database schema version ${applied} is newer than this server knows (${migrations.length})`,
      );
    }
    for (const [index, migration] of migrations.entries()) {
      if (index < applied) continue;
      try {
        await client.query(migration.sql);
      } catch (cause) {
        throw new Error(`migration ${migration.name} failed`, { cause });
      }
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        index + 1,
        migration.name,
      ]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
