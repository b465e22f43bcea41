import {
  AGENDA_KEY,
  CONTROL_KEYS,
  IMPACT_CHAIN_KEY,
  REFLECTION_HISTORY_KEY,
  readImpactChain,
  readReflectionHistory,
  type ImpactChain,
  type ReflectionRound,
  IMPORTED_HISTORY_KEY,
  PHASE_IDS,
  PHASE_LOG_KEY,
  ROLES,
  isPhaseId,
  normalizeBoardItem,
  readAgenda,
  readImportedHistory,
  readPhaseLog,
  type AgendaState,
  type BoardItem,
  type ImportedHistory,
  type Language,
  type OmitReason,
  type PhaseId,
  type Role,
} from '@moteplass/shared';
import type { ParticipantRecord, WorkshopRecord } from '../storage/index.js';
import { groupAirtimeOf, type GroupAirtime } from './group-airtime.js';
import {
  airtimeOf,
  historyVotes,
  liveVotes,
  type AirtimeByRole,
  type VoteRound,
} from './snapshot-control.js';

// The control parts' shapes live beside the code that reads them (no import circle).
export type { AirtimeByRole, VoteRound } from './snapshot-control.js';

/**
 * The workshop as every exporter sees it: one plain, validated model built
 * from storage and the two documents, so that CSV, Markdown, JSON, SVG and
 * PDF cannot disagree. Times are ms since the epoch.
 */
export interface SnapshotItem {
  id: string;
  item: BoardItem;
  /** Dots in closed votes, all rounds together. */
  votes: number;
  /** Only when names were asked for, the item is not anonymous and its author gave a name. */
  authorName?: string;
}

export interface PhaseRun {
  phase: PhaseId;
  startedAt: number;
  endedAt?: number;
}

export interface WorkshopSnapshot {
  exportedAt: number;
  includeNames: boolean;
  workshop: {
    id: string;
    title: string;
    caseDescription: string;
    language: Language;
    createdAt: number;
    /** The phase the workshop is in. */
    phase: PhaseId;
    summary: string;
  };
  participants: {
    byRole: Record<Role, number>;
    facilitators: number;
    /** Empty unless names were asked for: those who wrote something under their name. */
    names: { name: string; role: Role | null }[];
    /** Empty unless names were asked for: facilitators who gave a name (for the report's cover). */
    facilitatorNames: string[];
  };
  phaseRuns: PhaseRun[];
  /** Valid items in phase order, then oldest first. */
  items: SnapshotItem[];
  /** Items that could not be made valid: left out of the drawing, listed with the reason and their text. */
  skippedItems: number;
  omitted: OmittedItem[];
  /** Notes whose colour was not a palette name, drawn in the nearest one. */
  normalizedColours: number;
  votes: VoteRound[];
  airtime: AirtimeByRole;
  /** Speaking time per breakout group (GROUPEQ-2); absent or empty without group turns. */
  groupAirtime?: GroupAirtime[];
  /** This meetup's own closed reflection rounds, oldest first (issue 18). */
  reflections?: ReflectionRound[];
  /** The impact chain (issue 18). */
  impactChain?: ImpactChain;
  /** The agenda with planned minutes and actual times (issue 19); null without one. */
  agenda: AgendaState | null;
}

export interface OmittedItem {
  id: string;
  /** The `type` it claimed, '' if none. */
  type: string;
  reason: OmitReason;
  text: string;
}

export interface SnapshotSource {
  workshop: WorkshopRecord;
  summary: string;
  participants: readonly ParticipantRecord[];
  /** The board's items as plain values (`Y.Map#toJSON()`), by id. */
  boardItems: Record<string, unknown>;
  /** The control document's root map as plain values. */
  control: Record<string, unknown>;
  includeNames: boolean;
  now: number;
}

const zeroByRole = () => Object.fromEntries(ROLES.map((role) => [role, 0])) as Record<Role, number>;
const timeOf = (iso: string) => Date.parse(iso);

/** A colour another client wrote (`#ffe066`), drawn in the nearest palette colour. */
const colourMended = (item: BoardItem, raw: unknown) =>
  'color' in item && item.color !== (raw as { color?: unknown }).color;

export function buildSnapshot(source: SnapshotSource): WorkshopSnapshot {
  const { control, includeNames } = source;
  const history = readImportedHistory(control[IMPORTED_HISTORY_KEY]);
  // Normalized, not just validated: a note in a colour another client wrote keeps its words (EXPORT-4).
  const valid: { id: string; item: BoardItem }[] = [];
  const omitted: OmittedItem[] = [];
  let normalizedColours = 0;
  for (const [id, raw] of Object.entries(source.boardItems)) {
    const result = normalizeBoardItem(raw);
    if (!result.ok) {
      omitted.push({ id, type: result.type, reason: result.reason, text: result.text });
      continue;
    }
    if (colourMended(result.item, raw)) normalizedColours += 1;
    valid.push({ id, item: result.item });
  }
  const votes = [...historyVotes(history), ...liveVotes(control, valid)];
  const names = new Map(source.participants.map((person) => [person.id, person]));

  const items = valid.map(({ id, item }): SnapshotItem => {
    const dots = votes.reduce(
      (sum, round) => sum + (round.results.find((result) => result.itemId === id)?.votes ?? 0),
      0,
    );
    const author = item.author !== undefined ? names.get(item.author) : undefined;
    const authorName =
      includeNames && item.anonymous !== true && author?.name ? author.name : undefined;
    return { id, item, votes: dots, ...(authorName ? { authorName } : {}) };
  });
  items.sort(
    (a, b) =>
      PHASE_IDS.indexOf(a.item.phase) - PHASE_IDS.indexOf(b.item.phase) ||
      (a.item.createdAt ?? 0) - (b.item.createdAt ?? 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );

  const phase = control[CONTROL_KEYS.phase];
  return {
    exportedAt: source.now,
    includeNames,
    workshop: {
      id: source.workshop.id,
      title: source.workshop.title,
      caseDescription: source.workshop.caseDescription,
      language: source.workshop.language,
      createdAt: source.workshop.createdAt,
      phase: isPhaseId(phase) ? phase : PHASE_IDS[0],
      summary: source.summary,
    },
    participants: participantsOf(source.participants, includeNames, items, history),
    phaseRuns: [
      ...(history?.phases ?? []).map((run) => ({
        phase: run.phase,
        startedAt: timeOf(run.startedAt),
        ...(run.endedAt ? { endedAt: timeOf(run.endedAt) } : {}),
      })),
      ...readPhaseLog(control[PHASE_LOG_KEY]),
    ],
    items,
    skippedItems: omitted.length,
    omitted,
    normalizedColours,
    votes,
    airtime: airtimeOf(control, history),
    groupAirtime: groupAirtimeOf(control, items),
    reflections: readReflectionHistory(control[REFLECTION_HISTORY_KEY]).filter(
      (round) => round.meetupId === source.workshop.id,
    ),
    impactChain: readImpactChain(control[IMPACT_CHAIN_KEY]),
    agenda: readAgenda(control[AGENDA_KEY]),
  };
}

function participantsOf(
  people: readonly ParticipantRecord[],
  includeNames: boolean,
  items: readonly SnapshotItem[],
  history: ImportedHistory | null,
): WorkshopSnapshot['participants'] {
  const byRole = zeroByRole();
  let facilitators = history?.participants.facilitators ?? 0;
  for (const role of ROLES) byRole[role] += history?.participants.byRole[role] ?? 0;
  for (const person of people) {
    if (person.facilitator || !person.role) facilitators += 1;
    else byRole[person.role] += 1;
  }
  // A name appears only next to something its owner wrote under it.
  const named = new Map<string, { name: string; role: Role | null }>();
  for (const { item, authorName } of items) {
    if (!authorName || item.author === undefined) continue;
    named.set(item.author, { name: authorName, role: item.authorRole ?? null });
  }
  const names = [...named.values()].sort((a, b) => a.name.localeCompare(b.name));
  const facilitatorNames = includeNames
    ? people.flatMap((person) => (person.facilitator && person.name ? [person.name] : []))
    : [];
  return { byRole, facilitators, names, facilitatorNames };
}
