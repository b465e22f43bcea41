import {
  WORKSHOP_EXPORT_FORMAT,
  WORKSHOP_EXPORT_VERSION,
  exportAgenda,
  type BoardItem,
  type WorkshopExport,
} from '@moteplass/shared';
import type { WorkshopSnapshot } from './snapshot.js';

/**
 * `export.json`: the complete workshop, versioned (schema and migrations in
 * shared/src/export.ts), re-importable. Participant ids are left out: an
 * archive needs the role, and the id would only let a reader tie one
 * person's notes together.
 */
export function toExportJson(snapshot: WorkshopSnapshot): WorkshopExport {
  const iso = (ms: number) => new Date(ms).toISOString();
  const { workshop, participants } = snapshot;
  return {
    format: WORKSHOP_EXPORT_FORMAT,
    version: WORKSHOP_EXPORT_VERSION,
    exportedAt: iso(snapshot.exportedAt),
    workshop: {
      title: workshop.title,
      caseDescription: workshop.caseDescription,
      language: workshop.language,
      createdAt: iso(workshop.createdAt),
      phase: workshop.phase,
      summary: workshop.summary,
    },
    participants: {
      byRole: participants.byRole,
      facilitators: participants.facilitators,
      ...(snapshot.includeNames ? { names: participants.names } : {}),
    },
    phases: snapshot.phaseRuns.map((run) => ({
      phase: run.phase,
      startedAt: iso(run.startedAt),
      ...(run.endedAt !== undefined ? { endedAt: iso(run.endedAt) } : {}),
    })),
    items: snapshot.items.map((entry) => ({
      id: entry.id,
      votes: entry.votes,
      ...(entry.authorName ? { authorName: entry.authorName } : {}),
      item: withoutAuthorId(entry.item),
    })),
    skippedItems: snapshot.skippedItems,
    ...(snapshot.omitted.length > 0
      ? {
          omitted: snapshot.omitted.map((entry) => ({
            ...entry,
            id: entry.id.slice(0, 200),
            type: entry.type.slice(0, 200),
          })),
        }
      : {}),
    votes: snapshot.votes.map((round) => ({
      ...(round.phase ? { phase: round.phase } : {}),
      ...(round.dotsPerParticipant !== undefined
        ? { dotsPerParticipant: round.dotsPerParticipant }
        : {}),
      ...(round.voters !== undefined ? { voters: round.voters } : {}),
      ...(round.closedAt !== undefined ? { closedAt: iso(round.closedAt) } : {}),
      ...(round.pollId ? { pollId: round.pollId } : {}),
      results: round.results,
    })),
    airtime: snapshot.airtime,
    ...(snapshot.agenda ? { agenda: exportAgenda(snapshot.agenda) } : {}),
    ...(snapshot.reflections?.length ? { reflections: snapshot.reflections } : {}),
    ...(snapshot.impactChain ? { impactChain: snapshot.impactChain } : {}),
  };
}

function withoutAuthorId(item: BoardItem): BoardItem {
  const { author: _author, ...rest } = item;
  return rest as BoardItem;
}
