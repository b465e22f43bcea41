import { impactChainBlocks, reflectionBlocks } from './report-reflection.js';
import { PHASE_IDS, ROLES, kindHas } from '@moteplass/shared';
import { groupAirtimeBlocks } from './group-airtime.js';
import { agendaBlocks } from './report-agenda.js';
import type { ReportBlock } from './report-blocks.js';
import { phaseBlocks } from './report-phase.js';
import type { WorkshopSnapshot } from './snapshot.js';
import { exportWords, type ExportWords } from './words.js';

/** The case-file report, as blocks: what the PDF and the Markdown say, in this order. */
export function buildReport(snapshot: WorkshopSnapshot): ReportBlock[] {
  const words = exportWords(snapshot.workshop.language);
  const { report } = words;
  const { workshop } = snapshot;
  const meetupDate = snapshot.phaseRuns[0]?.startedAt ?? workshop.createdAt;

  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: workshop.title },
    { kind: 'paragraph', text: report.heading, tone: 'strong' },
    { kind: 'paragraph', text: `${report.date}: ${words.date(meetupDate)}` },
    ...facilitatorBlocks(snapshot, words),
    {
      kind: 'paragraph',
      text: words.fill(report.exported, { date: words.date(snapshot.exportedAt) }),
      tone: 'muted',
    },
  ];
  if (workshop.caseDescription) {
    blocks.push(
      { kind: 'heading', level: 2, text: report.case },
      { kind: 'paragraph', text: workshop.caseDescription },
    );
  }
  blocks.push(
    { kind: 'heading', level: 2, text: report.summary },
    workshop.summary
      ? { kind: 'paragraph', text: workshop.summary }
      : { kind: 'paragraph', text: report.noSummary, tone: 'muted' },
    ...participantBlocks(snapshot, words),
  );
  for (const phase of PHASE_IDS) blocks.push(...phaseBlocks(snapshot, phase, words));
  blocks.push(...reflectionBlocks(snapshot, words), ...impactChainBlocks(snapshot, words));
  blocks.push(...agendaBlocks(snapshot, words));
  blocks.push(...airtimeBlocks(snapshot, words), ...anonymityBlocks(snapshot, words));
  blocks.push(...omittedBlocks(snapshot, words));
  return blocks;
}

/** EXPORT-4: nothing is left out unsaid. What could not be drawn is listed with the reason and its text. */
function omittedBlocks(snapshot: WorkshopSnapshot, words: ExportWords): ReportBlock[] {
  const text = words.catalogue.caseFile;
  const blocks: ReportBlock[] = [];
  if (snapshot.normalizedColours > 0) {
    blocks.push({
      kind: 'paragraph',
      text: words.fill(text.colourNormalized, { count: snapshot.normalizedColours }),
      tone: 'muted',
    });
  }
  if (snapshot.omitted.length === 0) return blocks;
  const omitted = text.omitted;
  return [
    ...blocks,
    { kind: 'heading', level: 2, text: omitted.heading },
    { kind: 'paragraph', text: omitted.intro },
    {
      kind: 'table',
      columns: [omitted.item, omitted.kind, omitted.reason, omitted.text],
      rows: snapshot.omitted.map((entry) => [
        entry.id,
        entry.type,
        { ...omitted.reasons, ...words.catalogue.itemKinds.omitted }[entry.reason],
        entry.text,
      ]),
    },
  ];
}

/** The facilitator by name only when names were asked for and given; otherwise how many. */
function facilitatorBlocks(snapshot: WorkshopSnapshot, words: ExportWords): ReportBlock[] {
  const cover = words.catalogue.caseFile.cover;
  const names = snapshot.participants.facilitatorNames;
  if (snapshot.includeNames && names.length > 0) {
    return [{ kind: 'paragraph', text: `${cover.facilitator}: ${names.join(', ')}` }];
  }
  const count = snapshot.participants.facilitators;
  return count > 0 ? [{ kind: 'paragraph', text: words.fill(cover.facilitators, { count }) }] : [];
}

function participantBlocks(snapshot: WorkshopSnapshot, words: ExportWords): ReportBlock[] {
  const { report } = words;
  const { byRole, facilitators, names } = snapshot.participants;
  const total = ROLES.reduce((sum, role) => sum + byRole[role], facilitators);
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 2, text: report.participants },
    {
      kind: 'table',
      columns: [report.role, report.count],
      numeric: [false, true],
      rows: [
        ...ROLES.map((role) => [words.role(role), String(byRole[role])]),
        [report.facilitators, String(facilitators)],
        [report.total, String(total)],
      ],
    },
  ];
  if (snapshot.includeNames && names.length > 0) {
    blocks.push(
      { kind: 'heading', level: 3, text: report.names },
      {
        kind: 'list',
        items: names.map(({ name, role }) => ({
          text: name,
          meta: role ? words.role(role) : words.catalogue.board.noRole,
        })),
      },
    );
  }
  return blocks;
}

function airtimeBlocks(snapshot: WorkshopSnapshot, words: ExportWords): ReportBlock[] {
  const { report } = words;
  const { byRole, withoutRoleMs, turns } = snapshot.airtime;
  const total = ROLES.reduce((sum, role) => sum + byRole[role], withoutRoleMs);
  const heading: ReportBlock = { kind: 'heading', level: 2, text: report.airtime };
  if (total === 0) return [heading, { kind: 'paragraph', text: report.noAirtime, tone: 'muted' }];
  const row = (label: string, ms: number) => [label, words.duration(ms), words.percent(ms / total)];
  return [
    heading,
    { kind: 'paragraph', text: words.fill(report.airtimeNote, { turns }) },
    {
      kind: 'table',
      columns: [report.role, report.speakingTime, report.share],
      numeric: [false, true, true],
      rows: [
        ...ROLES.map((role) => row(words.role(role), byRole[role])),
        row(report.withoutRole, withoutRoleMs),
      ],
    },
    ...groupAirtimeBlocks(snapshot.groupAirtime ?? [], words),
  ];
}

function anonymityBlocks(snapshot: WorkshopSnapshot, words: ExportWords): ReportBlock[] {
  const { report } = words;
  const notes = snapshot.items.filter(({ item }) => kindHas(item.type, 'contribution'));
  const anonymous = notes.filter(({ item }) => item.anonymous === true).length;
  return [
    { kind: 'heading', level: 2, text: report.anonymity },
    {
      kind: 'paragraph',
      text: words.fill(report.anonymousCount, { count: anonymous, total: notes.length }),
    },
    // The same promise the board makes, in the same words (equality catalogue).
    { kind: 'paragraph', text: report.anonymousMarked },
    { kind: 'paragraph', text: words.catalogue.equality.anonymousGuarantee },
  ];
}
