import { ITEM_KINDS, kindHas, type PhaseId } from '@moteplass/shared';
import { groupNotes, inPhase, itemText } from './items.js';
import { kindExportContext } from './kind-context.js';
import type { ReportBlock, ReportListItem } from './report-blocks.js';
import type { PhaseRun, SnapshotItem, VoteRound, WorkshopSnapshot } from './snapshot.js';
import type { ExportWords } from './words.js';

/** One phase of the report: when it ran, its drawing, its notes, votes, actions and indicators. */
export function phaseBlocks(
  snapshot: WorkshopSnapshot,
  phase: PhaseId,
  words: ExportWords,
): ReportBlock[] {
  const { report } = words;
  const items = inPhase(snapshot.items, phase);
  const runs = snapshot.phaseRuns.filter((run) => run.phase === phase);
  const votes = snapshot.votes.filter((round) => votePhase(round, snapshot.phaseRuns) === phase);
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 2, text: words.phase(phase) },
    { kind: 'paragraph', text: words.catalogue.phases[phase].description, tone: 'muted' },
    {
      kind: 'paragraph',
      text: `${words.catalogue.caseFile.cover.prompts}: ${words.catalogue.phases[phase].prompts.join(' · ')}`,
    },
    runs.length > 0
      ? {
          kind: 'paragraph',
          text: words.fill(report.period, {
            times: runs.map((run) => words.period(run.startedAt, run.endedAt)).join('; '),
          }),
        }
      : { kind: 'paragraph', text: report.notStarted, tone: 'muted' },
  ];
  blocks.push({ kind: 'heading', level: 3, text: report.notes });
  const byVotes = votes.length > 0;
  const groups = groupNotes(items).filter((group) => group.notes.length > 0);
  if (groups.length === 0) blocks.push({ kind: 'paragraph', text: report.noNotes, tone: 'muted' });
  for (const group of groups) {
    if (group.title) blocks.push({ kind: 'paragraph', text: group.title, tone: 'strong' });
    const notes = byVotes ? [...group.notes].sort((a, b) => b.votes - a.votes) : group.notes;
    blocks.push({ kind: 'list', items: notes.map((entry) => listItem(entry, words)) });
  }
  // A poll's vote is shown in the poll's own table, by option.
  for (const round of votes.filter((vote) => vote.pollId === undefined)) {
    blocks.push(...voteBlocks(round, snapshot.items, words));
  }
  blocks.push(...kindTables(items, snapshot.votes, words));
  // The drawing last: in the PDF it takes landscape pages of its own after the phase's text.
  // A phase with only its frame and prompts has nothing to show in a drawing.
  if (items.some(({ item }) => !kindHas(item.type, 'scenery'))) {
    const alt = words.fill(report.drawing, { phase: words.phase(phase), count: items.length });
    blocks.push({ kind: 'figure', phase, alt });
  }
  return blocks;
}

function listItem(entry: SnapshotItem, words: ExportWords): ReportListItem {
  const author = words.author(entry.item);
  const who = entry.authorName ? `${entry.authorName} (${author})` : author;
  const votes = entry.votes > 0 ? ` · ${words.report.votes}: ${entry.votes}` : '';
  return { text: itemText(entry.item), meta: who + votes };
}

/** The phase a vote belongs to: its own, or the phase under way when it closed. */
export function votePhase(round: VoteRound, runs: readonly PhaseRun[]): PhaseId | undefined {
  if (round.phase) return round.phase;
  const closedAt = round.closedAt;
  if (closedAt === undefined) return undefined;
  return runs.find((run) => run.startedAt <= closedAt && (run.endedAt ?? Infinity) >= closedAt)
    ?.phase;
}

const shorten = (text: string, max = 160) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

function voteBlocks(
  round: VoteRound,
  items: readonly SnapshotItem[],
  words: ExportWords,
): ReportBlock[] {
  const { report } = words;
  const rows = [...round.results]
    .sort((a, b) => b.votes - a.votes)
    .flatMap((result) => {
      const entry = items.find((candidate) => candidate.id === result.itemId);
      return entry ? [[shorten(itemText(entry.item)), String(result.votes)]] : [];
    });
  const about = [
    round.dotsPerParticipant !== undefined
      ? words.fill(report.dotsPerParticipant, { count: round.dotsPerParticipant })
      : '',
    round.closedAt !== undefined ? words.period(round.closedAt).replace(/–$/, '') : '',
  ].filter(Boolean);
  return [
    { kind: 'heading', level: 3, text: report.voteResults },
    ...(about.length > 0 ? [{ kind: 'paragraph', text: about.join(' · ') } as const] : []),
    { kind: 'table', columns: [report.notes, report.votes], numeric: [false, true], rows },
  ];
}

/** Each kind with a report table (actions, indicators, polls), in the table's order. */
function kindTables(
  items: readonly SnapshotItem[],
  votes: readonly VoteRound[],
  words: ExportWords,
): ReportBlock[] {
  return ITEM_KINDS.flatMap((kind): ReportBlock[] => {
    const table = kind.exports.reportTable;
    const own = items.filter(({ item }) => item.type === kind.type);
    if (!table || own.length === 0) return [];
    const rows = own.flatMap(({ id, item }) =>
      table.rows(item as never, words.catalogue, kindExportContext(id, votes)),
    );
    return [
      { kind: 'heading', level: 3, text: table.heading(words.catalogue) },
      {
        kind: 'table',
        columns: table.columns(words.catalogue),
        ...(table.numeric ? { numeric: [...table.numeric] } : {}),
        rows,
      },
    ];
  });
}
