import type { Database } from 'better-sqlite3';

/**
 * The SQLite schema as an ordered list of named steps. `PRAGMA user_version`
 * holds how many have run; a new step goes at the end and is never edited
 * once released, since databases out there have already run it.
 */
export interface SqliteMigration {
  name: string;
  sql: string;
}

export const SQLITE_MIGRATIONS: readonly SqliteMigration[] = [
  {
    name: '001-initial-schema',
    // STRICT tables reject a value of the wrong type instead of storing it.
    sql: `
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE workshops (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        case_description TEXT NOT NULL,
        language TEXT NOT NULL,
        join_code TEXT NOT NULL,
        facilitator_key_hash TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        last_activity_at INTEGER NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX workshops_join_code ON workshops (join_code);
      CREATE INDEX workshops_last_activity ON workshops (last_activity_at);

      CREATE TABLE participants (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        name TEXT,
        role TEXT,
        facilitator INTEGER NOT NULL CHECK (facilitator IN (0, 1)),
        created_at INTEGER NOT NULL,
        revoked INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1))
      ) STRICT;
      CREATE INDEX participants_by_workshop ON participants (workshop_id, created_at);

      CREATE TABLE doc_snapshots (
        workshop_id TEXT NOT NULL,
        room TEXT NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (workshop_id, room)
      ) STRICT;

      CREATE TABLE doc_updates (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        workshop_id TEXT NOT NULL,
        room TEXT NOT NULL,
        data BLOB NOT NULL
      ) STRICT;
      CREATE INDEX doc_updates_by_document ON doc_updates (workshop_id, room, seq);
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
        opened_at INTEGER NOT NULL,
        closed_at INTEGER
      ) STRICT;
      CREATE UNIQUE INDEX silent_rounds_one_open ON silent_rounds (workshop_id)
        WHERE closed_at IS NULL;

      CREATE TABLE drafts (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        round_id TEXT NOT NULL REFERENCES silent_rounds (id) ON DELETE CASCADE,
        participant_id TEXT NOT NULL,
        phase TEXT NOT NULL,
        text TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX drafts_by_author ON drafts (round_id, participant_id);

      CREATE TABLE votes (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        dots_per_participant INTEGER NOT NULL,
        phase TEXT,
        frame_id TEXT,
        forbid_own_notes INTEGER NOT NULL CHECK (forbid_own_notes IN (0, 1)),
        opened_at INTEGER NOT NULL,
        closed_at INTEGER,
        voters INTEGER,
        tallies TEXT
      ) STRICT;
      CREATE UNIQUE INDEX votes_one_open ON votes (workshop_id) WHERE closed_at IS NULL;
      CREATE INDEX votes_by_workshop ON votes (workshop_id, opened_at);

      CREATE TABLE vote_dots (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        vote_id TEXT NOT NULL REFERENCES votes (id) ON DELETE CASCADE,
        participant_id TEXT NOT NULL,
        item_id TEXT NOT NULL
      ) STRICT;
      CREATE INDEX vote_dots_by_voter ON vote_dots (vote_id, participant_id);
    `,
  },
  {
    name: '003-case-file-summaries',
    // The facilitator's summary for the report; goes with the workshop (PRIV-1).
    sql: `
      CREATE TABLE case_file_summaries (
        workshop_id TEXT PRIMARY KEY REFERENCES workshops (id) ON DELETE CASCADE,
        summary TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    name: '004-board-images',
    // Photos of paper flipcharts on the board. byte_length is kept so the
    // per-workshop quota is a sum over a column, not over the blobs.
    sql: `
      CREATE TABLE board_images (
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        mime TEXT NOT NULL,
        data BLOB NOT NULL,
        byte_length INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (workshop_id, id)
      ) STRICT;
    `,
  },
  {
    name: '005-reveal-keeps-drafts-until-published',
    // A reveal closes the round and keeps its drafts until the notes are on
    // the board; `revealed_at` marks the end, `reveal_claim` the reveal under
    // way (see parts/equality.ts). Rounds closed before this step had their
    // drafts revealed and deleted in the same transaction. A round awaiting
    // its reveal still blocks a new one, so the unique index moves from
    // "open" to "not revealed".
    sql: `
      ALTER TABLE silent_rounds ADD COLUMN revealed_at INTEGER;
      ALTER TABLE silent_rounds ADD COLUMN reveal_claim TEXT;
      ALTER TABLE silent_rounds ADD COLUMN reveal_claimed_at INTEGER;
      UPDATE silent_rounds SET revealed_at = closed_at WHERE closed_at IS NOT NULL;
      DROP INDEX silent_rounds_one_open;
      CREATE UNIQUE INDEX silent_rounds_one_unrevealed ON silent_rounds (workshop_id)
        WHERE revealed_at IS NULL;
    `,
  },
  {
    name: '006-series-and-reflection',
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
        opened_at INTEGER NOT NULL
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
    name: '007-vote-scope-columns',
    // A vote's scope had been kept in frame_id with marks ('poll:<id>',
    // 'group:<groupId>:<frameId>', 'groups:') while the storage backends
    // were being regrouped; it gets columns of its own, and the marked rows
    // are unpacked. SET expressions read the row as it was before.
    sql: `
      ALTER TABLE votes ADD COLUMN poll_id TEXT;
      ALTER TABLE votes ADD COLUMN group_id TEXT;
      ALTER TABLE votes ADD COLUMN all_groups INTEGER NOT NULL DEFAULT 0
        CHECK (all_groups IN (0, 1));
      UPDATE votes SET poll_id = substr(frame_id, 6), frame_id = NULL
        WHERE frame_id LIKE 'poll:%';
      UPDATE votes SET all_groups = 1, frame_id = NULL WHERE frame_id = 'groups:';
      UPDATE votes SET
          group_id = CASE instr(substr(frame_id, 7), ':')
            WHEN 0 THEN substr(frame_id, 7)
            ELSE substr(frame_id, 7, instr(substr(frame_id, 7), ':') - 1) END,
          frame_id = CASE instr(substr(frame_id, 7), ':')
            WHEN 0 THEN NULL
            ELSE nullif(substr(frame_id, 7 + instr(substr(frame_id, 7), ':')), '') END
        WHERE frame_id LIKE 'group:%';
    `,
  },
];

/** Brings the database up to the newest schema, all pending steps in one transaction. */
export function migrateSqlite(
  db: Database,
  migrations: readonly SqliteMigration[] = SQLITE_MIGRATIONS,
): void {
  // IMMEDIATE takes the write lock before reading the version, so two
  // processes opening a fresh file cannot both run the same step.
  db.transaction(() => {
    const applied = db.pragma('user_version', { simple: true });
    if (typeof applied !== 'number') throw new Error('could not read PRAGMA user_version');
    if (applied > migrations.length) {
      // Rolling the server back past a schema change would misread the data.
      throw new Error(
        `database schema version ${applied} is newer than this server knows (${migrations.length})`,
      );
    }
    for (const [index, migration] of migrations.entries()) {
      if (index < applied) continue;
      try {
        db.exec(migration.sql);
      } catch (cause) {
        throw new Error(`migration ${migration.name} failed`, { cause });
      }
    }
    // PRAGMA takes no bound parameters; the value is our own integer.
    db.pragma(`user_version = ${migrations.length}`);
  }).immediate();
}
