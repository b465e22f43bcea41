import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { CreateWorkshopReply } from './api.js';
import { ImpactChainSchema } from './control/impact.js';
import { ReflectionRoundSchema } from './control/reflection.js';
import { BoardItemSchema, PhaseSchema, RoleSchema } from './board/items.js';
import { OMIT_REASONS, normalizeBoardItem } from './board/normalize.js';
import { LANGUAGES } from './languages.js';
import { LIMITS } from './limits.js';
import { ExportedAgendaSchema } from './methods/exported.js';
import { ROLES, type Role } from './roles.js';
import { literalUnion } from './schema.js';

/**
 * `export.json`: the whole workshop for the case file, and what
 * `POST /api/workshops/import` takes back. Versioned: a file written by an
 * older Møteplass is brought up to date by the named steps in
 * `EXPORT_MIGRATIONS` before it is checked; a newer one is refused.
 *
 * Times are ISO 8601 in UTC (archives read them without knowing our epoch).
 * Participant ids never leave the server: an item carries its author's role,
 * and a name only when the facilitator asked for names and the item is not anonymous.
 */
export const WORKSHOP_EXPORT_FORMAT = 'moteplass-workshop';
export const WORKSHOP_EXPORT_VERSION = 1;

const isoTime = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$',
  maxLength: 30,
});
const count = Type.Integer({ minimum: 0, maximum: 1_000_000 });
/** A duration, milliseconds. */
const ms = Type.Number({ minimum: 0, maximum: 1e12 });
const list = <T extends TSchema>(schema: T, maxItems = 100_000) => Type.Array(schema, { maxItems });
/** One value per role category, every role present (a record over a union types as `{}`). */
const perRole = <T extends TSchema>(value: T) =>
  Type.Object(Object.fromEntries(ROLES.map((role) => [role, value])) as Record<Role, T>);

/** One stretch of time a phase ran ("Utforske 18:02–18:47"); open while under way. */
export const ExportedPhaseRunSchema = Type.Object({
  phase: PhaseSchema,
  startedAt: isoTime,
  endedAt: Type.Optional(isoTime),
});
export type ExportedPhaseRun = Static<typeof ExportedPhaseRunSchema>;

/** One closed dot vote and the dots each item got. */
export const ExportedVoteSchema = Type.Object({
  /** The phase the vote was limited to, if it was. */
  phase: Type.Optional(PhaseSchema),
  dotsPerParticipant: Type.Optional(count),
  /** People who cast at least one dot. */
  voters: Type.Optional(count),
  closedAt: Type.Optional(isoTime),
  /** The poll card whose options were the ballot (result ids `<pollId>:<optionIndex>`). */
  pollId: Type.Optional(Type.String({ maxLength: 64 })),
  results: list(Type.Object({ itemId: Type.String({ maxLength: 64 }), votes: count })),
});
export type ExportedVote = Static<typeof ExportedVoteSchema>;

/**
 * Speaking time of granted turns over the whole workshop, ms, by the speaker's
 * role category; `withoutRoleMs` for people who gave none (the facilitator).
 */
export const ExportedAirtimeSchema = Type.Object({
  byRole: perRole(ms),
  withoutRoleMs: ms,
  turns: count,
});
export type ExportedAirtime = Static<typeof ExportedAirtimeSchema>;

/** Who took part, as counts by role category (DOMAIN.md: roles visible, never ranked). */
export const ExportedParticipantsSchema = Type.Object({
  byRole: perRole(count),
  facilitators: count,
});
export type ExportedParticipants = Static<typeof ExportedParticipantsSchema>;

export const ExportedItemSchema = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 64 }),
  /** Dots the item got in closed votes, all rounds together. */
  votes: count,
  /** Only with names included, and never on an anonymous item. */
  authorName: Type.Optional(Type.String({ maxLength: LIMITS.nameLength })),
  item: BoardItemSchema,
});
export type ExportedItem = Static<typeof ExportedItemSchema>;
const ExportedEntrySchema = Type.Omit(ExportedItemSchema, ['item']);

const envelope = {
  format: Type.Literal(WORKSHOP_EXPORT_FORMAT),
  version: Type.Literal(WORKSHOP_EXPORT_VERSION),
  exportedAt: isoTime,
  workshop: Type.Object({
    title: Type.String({ minLength: 1, maxLength: LIMITS.titleLength }),
    caseDescription: Type.String({ maxLength: LIMITS.caseDescriptionLength }),
    language: literalUnion(LANGUAGES),
    createdAt: isoTime,
    /** The phase the workshop was in when exported. */
    phase: PhaseSchema,
    summary: Type.String({ maxLength: LIMITS.caseFileSummaryLength }),
  }),
  participants: Type.Object({
    ...ExportedParticipantsSchema.properties,
    /** Only with names included: people who gave a name and wrote something under it. */
    names: Type.Optional(
      list(
        Type.Object({
          name: Type.String({ maxLength: LIMITS.nameLength }),
          role: Type.Union([RoleSchema, Type.Null()]),
        }),
      ),
    ),
  }),
  phases: list(ExportedPhaseRunSchema, 10_000),
  /** Items on the board that failed validation when exported, left out. */
  skippedItems: count,
  /** Those items, each with why it was left out and the text it held (nothing is dropped unsaid). */
  omitted: Type.Optional(
    list(
      Type.Object({
        id: Type.String({ maxLength: 200 }),
        type: Type.String({ maxLength: 200 }),
        reason: literalUnion(OMIT_REASONS),
        text: Type.String(),
      }),
    ),
  ),
  votes: list(ExportedVoteSchema, 10_000),
  airtime: ExportedAirtimeSchema,
  /** The agenda, planned and actual times (issue 19); absent when the workshop had none. */
  agenda: Type.Optional(ExportedAgendaSchema),
  /** This meetup's closed process-reflection rounds, oldest first (issue 18). */
  reflections: Type.Optional(list(ReflectionRoundSchema, 1_000)),
  /** The case's impact chain as it stood at export (issue 18). */
  impactChain: Type.Optional(ImpactChainSchema),
};

export const WorkshopExportSchema = Type.Object({ ...envelope, items: list(ExportedItemSchema) });
export type WorkshopExport = Static<typeof WorkshopExportSchema>;

/** The envelope without looking into items, so one bad item is skipped rather than fatal. */
const EnvelopeSchema = Type.Object({ ...envelope, items: list(Type.Unknown()) });

/**
 * Steps from one version to the next, by the version they start from. A step
 * is never edited once released: files out there were written by it.
 */
export const EXPORT_MIGRATIONS: Record<number, { name: string; up: (raw: object) => object }> = {};

export type ParsedExport =
  { ok: true; value: WorkshopExport; skippedItems: number } | { ok: false; error: string };

function firstError(schema: TSchema, value: unknown): string {
  const error = Value.Errors(schema, value).First();
  return error ? `${error.path || '/'} ${error.message}` : 'does not fit the schema';
}

/** Check (and bring up to date) an `export.json`; items that fail their schema are skipped and counted. */
export function parseWorkshopExport(raw: unknown): ParsedExport {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: 'an export.json is a JSON object' };
  }
  const { format, version } = raw as { format?: unknown; version?: unknown };
  if (format !== WORKSHOP_EXPORT_FORMAT) {
    return { ok: false, error: `format must be "${WORKSHOP_EXPORT_FORMAT}"` };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'version must be a positive integer' };
  }
  if (version > WORKSHOP_EXPORT_VERSION) {
    return { ok: false, error: `version ${version} is newer than this server reads` };
  }
  let current: object = raw;
  for (let from = version; from < WORKSHOP_EXPORT_VERSION; from++) {
    const step = EXPORT_MIGRATIONS[from];
    if (!step) return { ok: false, error: `no migration from version ${from}` };
    current = step.up(current);
  }
  if (!Value.Check(EnvelopeSchema, current)) {
    return { ok: false, error: firstError(EnvelopeSchema, current) };
  }
  // Items as another version may have written them are normalized first (EXPORT-4).
  const items = current.items.flatMap((entry): ExportedItem[] => {
    if (typeof entry !== 'object' || entry === null) return [];
    const normalized = normalizeBoardItem((entry as { item?: unknown }).item);
    if (!normalized.ok) return [];
    // The item itself is checked by the normalizer (which keeps over-long text whole).
    return Value.Check(ExportedEntrySchema, entry)
      ? [{ ...(entry as ExportedItem), item: normalized.item }]
      : [];
  });
  return {
    ok: true,
    value: { ...current, items },
    skippedItems: current.items.length - items.length,
  };
}

/** `POST /api/workshops/import?as=…`: the whole workshop, or its structure as a template. */
export const IMPORT_MODES = ['workshop', 'template'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export const ImportQuery = Type.Object(
  { as: Type.Optional(literalUnion(IMPORT_MODES)) },
  { additionalProperties: false },
);

export const ImportWorkshopReply = Type.Object({
  ...CreateWorkshopReply.properties,
  /** Items of the file that failed validation and were left out. */
  skippedItems: count,
});
export type ImportWorkshopReply = Static<typeof ImportWorkshopReply>;

/** `PUT /api/workshops/:id/summary`: the facilitator's summary for the case-file report. */
export const CaseFileSummaryBody = Type.Object(
  { summary: Type.String({ maxLength: LIMITS.caseFileSummaryLength }) },
  { additionalProperties: false },
);
export type CaseFileSummaryBody = Static<typeof CaseFileSummaryBody>;

/**
 * What a full import brings along from the meetup it came from, kept in the
 * new workshop's control document under this key so a later export shows it
 * again: when the phases ran, who took part, the votes and the airtime. All of
 * it was public in that meetup; no names and no authors.
 */
export const IMPORTED_HISTORY_KEY = 'importedHistory';

export const ImportedHistorySchema = Type.Object({
  participants: ExportedParticipantsSchema,
  phases: list(ExportedPhaseRunSchema, 10_000),
  votes: list(ExportedVoteSchema, 10_000),
  airtime: ExportedAirtimeSchema,
});
export type ImportedHistory = Static<typeof ImportedHistorySchema>;

export function readImportedHistory(value: unknown): ImportedHistory | null {
  return Value.Check(ImportedHistorySchema, value) ? value : null;
}
