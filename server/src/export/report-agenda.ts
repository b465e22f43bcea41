import { findMethod } from '@moteplass/shared';
import type { ReportBlock } from './report-blocks.js';
import type { WorkshopSnapshot } from './snapshot.js';
import type { ExportWords } from './words.js';

/**
 * The agenda in the report (issue 19): each step with its planned minutes
 * and what actually happened (when it started, how long it ran), so the case
 * file shows where the meetup took more or less time than planned.
 */
export function agendaBlocks(snapshot: WorkshopSnapshot, words: ExportWords): ReportBlock[] {
  const { agenda } = snapshot;
  if (!agenda || agenda.steps.length === 0) return [];
  const text = words.catalogue.methods.report;
  const method = agenda.methodId ? findMethod(agenda.methodId) : undefined;
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 2, text: text.heading }];
  if (method) {
    blocks.push({
      kind: 'paragraph',
      text: words.fill(text.method, { name: method.name[words.language] }),
    });
  }
  blocks.push(
    { kind: 'paragraph', text: text.intro, tone: 'muted' },
    {
      kind: 'table',
      columns: [text.step, text.phase, text.planned, text.actual, text.when],
      numeric: [false, false, true, true, false],
      rows: agenda.steps.map((step, index) => {
        const ran = step.startedAt !== null;
        // A step still running at export time has run until the export.
        const end = step.endedAt ?? (ran ? snapshot.exportedAt : null);
        return [
          `${index + 1}. ${step.title}`,
          step.phase ? words.phase(step.phase) : '–',
          words.fill(text.minutes, { count: step.minutes }),
          ran && end !== null ? words.duration(end - step.startedAt!) : text.notRun,
          ran ? words.period(step.startedAt!, step.endedAt ?? undefined) : '–',
        ];
      }),
    },
  );
  return blocks;
}
