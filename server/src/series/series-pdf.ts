import {
  CATALOGUES,
  isActionStatus,
  type ImpactChain,
  type Language,
  type SeriesMeetup,
  type SeriesReflection,
  type SeriesReply,
} from '@moteplass/shared';
import { norwegianHyphenation } from '@moteplass/shared/text';
import { advanceMeasure, glyphCheck } from '../export/fonts.js';
import { PAGE, createReportPdf } from '../export/pdf/document.js';
import { heading, list, paragraph, type Flow } from '../export/pdf/flow.js';
import { table } from '../export/pdf/table.js';
import { createLayouter, printable } from '../export/text.js';
import { exportWords, type ExportWords } from '../export/words.js';
import { fieldLabel } from '../export/reflection-label.js';
import { radarFigure } from '../export/pdf/radar.js';

export interface SeriesPdfOptions {
  language: Language;
  caseDescription: string;
  /** The latest meetup's impact chain. */
  impactChain: ImpactChain;
  exportedAt: number;
}

/** One closed round with where it ran, oldest first across the series. */
interface PlacedRound {
  meetup: SeriesMeetup;
  round: SeriesReflection;
  number: number;
}

/**
 * The series report (SERIES-5) as PDF/A-2a, on the case-file report's
 * building blocks: the case, the meetups, each reflection round's radar chart
 * beside the previous one with its table twin, the profile over time, the
 * impact chain, every indicator with its measurements and status, and the
 * actions.
 */
export async function toSeriesPdf(series: SeriesReply, options: SeriesPdfOptions): Promise<Buffer> {
  const words = exportWords(options.language);
  const text = CATALOGUES[options.language].reflection;
  const r = text.report;
  const first = series.meetups[0];
  const title = words.fill(r.title, { title: first?.title ?? '' });
  const pdf = createReportPdf(title, words);
  const { doc } = pdf;
  const hasGlyph = glyphCheck(doc);
  const measure = advanceMeasure(doc);
  const flow: Flow = {
    pdf,
    left: PAGE.margin,
    width: doc.page.width - 2 * PAGE.margin,
    clean: (t: string) => printable(t, hasGlyph),
    layouter: createLayouter(measure, norwegianHyphenation(words.language)),
    bookmarks: {},
  };
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  heading(flow, 1, title);
  const last = series.meetups.at(-1);
  if (first && last) {
    paragraph(
      flow,
      words.fill(r.intro, {
        count: series.meetups.length,
        first: words.date(first.createdAt),
        last: words.date(last.createdAt),
      }),
      'muted',
    );
  }
  if (options.caseDescription) {
    heading(flow, 2, r.case);
    paragraph(flow, options.caseDescription);
  }
  heading(flow, 2, r.meetups);
  list(
    flow,
    series.meetups.map((m) => ({
      text: words.fill(r.meetup, { index: m.index, title: m.title }),
      meta: words.fill(r.meetupMeta, {
        date: words.date(m.createdAt),
        rounds: m.reflections.length,
      }),
    })),
  );

  reflectionSection(flow, series, words, options.language);
  impactSection(flow, series, options.impactChain, words, options.language);

  heading(flow, 2, words.report.actions);
  if (series.actions.length === 0) paragraph(flow, r.noActions, 'muted');
  else
    table(
      flow,
      [words.report.actionWhat, words.report.actionWho, words.report.due, r.status],
      series.actions.map((a) => [
        a.text,
        a.owner,
        a.dueDate,
        isActionStatus(a.status) ? words.catalogue.itemKinds.action.statuses[a.status] : '',
      ]),
    );
  doc.end();
  return done;
}

function reflectionSection(
  flow: Flow,
  series: SeriesReply,
  words: ExportWords,
  language: Language,
) {
  const r = CATALOGUES[language].reflection.report;
  heading(flow, 2, r.reflection);
  const rounds: PlacedRound[] = series.meetups.flatMap((meetup) =>
    meetup.reflections.map((round) => ({ meetup, round, number: 0 })),
  );
  rounds.forEach((placed, i) => (placed.number = i + 1));
  if (rounds.length === 0) {
    paragraph(flow, r.noRounds, 'muted');
    return;
  }
  paragraph(flow, r.scaleNote, 'muted');
  const decimal = (value: number | undefined) => formatNumber(words, value);
  for (const [i, { meetup, round, number }] of rounds.entries()) {
    const previous = i > 0 ? rounds[i - 1]?.round : undefined;
    heading(
      flow,
      3,
      words.fill(r.round, {
        round: number,
        index: meetup.index,
        date: words.date(round.closedAt),
        count: round.n,
      }),
      270,
    );
    const labels = round.fields.map((f) => fieldLabel(f, language));
    const values = round.fields.map((f, n) => `${labels[n]}: ${decimal(round.means[f.id])}`);
    radarFigure(
      flow,
      round.fields.map((f, n) => ({
        label: labels[n] ?? f.id,
        value: round.means[f.id] ?? null,
        previous: previous?.means[f.id] ?? null,
      })),
      `${words.fill(r.radarAlt, { values: values.join('; ') })}${previous ? ` ${r.radarPrevious}` : ''}`,
    );
    if (previous) paragraph(flow, r.legend, 'muted');
    table(
      flow,
      [r.field, r.mean, r.change],
      round.fields.map((f, n) => {
        const mean = round.means[f.id];
        const before = previous?.means[f.id];
        const change =
          mean !== undefined && before !== undefined
            ? `${mean - before > 0 ? '+' : ''}${decimal(Math.round((mean - before) * 100) / 100)}`
            : '–';
        return [labels[n] ?? f.id, decimal(mean), change];
      }),
      [false, true, true],
    );
  }
  if (rounds.length > 1) {
    // The profile over time: one column per round, one row per field any round asked about.
    const fields = new Map<string, string>();
    for (const { round } of rounds)
      for (const f of round.fields) fields.set(f.id, fieldLabel(f, language));
    heading(flow, 3, r.profile);
    table(
      flow,
      [
        r.field,
        ...rounds.map(({ meetup, number }) =>
          words.fill(r.roundColumn, { round: number, index: meetup.index }),
        ),
      ],
      [...fields].map(([id, label]) => [
        label,
        ...rounds.map(({ round }) => decimal(round.means[id])),
      ]),
      [false, ...rounds.map(() => true)],
    );
  }
}

function impactSection(
  flow: Flow,
  series: SeriesReply,
  chain: ImpactChain,
  words: ExportWords,
  language: Language,
) {
  const text = CATALOGUES[language].reflection;
  const r = text.report;
  heading(flow, 2, r.impactChain);
  if (chain.goal) {
    heading(flow, 3, r.goal);
    paragraph(flow, chain.goal);
  }
  if (chain.targetGroups.length > 0) {
    heading(flow, 3, r.targetGroups);
    list(
      flow,
      chain.targetGroups.map((g) => ({ text: g.name, meta: g.successGoal })),
    );
  }
  const h = chain.hypothesis;
  if (h.if || h.then || h.because) {
    heading(flow, 3, r.hypothesis);
    paragraph(flow, words.fill(r.hypothesisText, { if: h.if, then: h.then, because: h.because }));
  }
  const activities = chain.activities
    .map((id) => series.actions.find((a) => a.id === id)?.text)
    .filter((t): t is string => Boolean(t));
  if (activities.length > 0) {
    heading(flow, 3, r.activities);
    list(
      flow,
      activities.map((t) => ({ text: t })),
    );
  }
  heading(flow, 3, words.report.indicators);
  if (series.indicators.length === 0) {
    paragraph(flow, r.noIndicators, 'muted');
    return;
  }
  const meetupIndex = new Map(series.meetups.map((m) => [m.id, m.index]));
  const decimal = (value: number) => formatNumber(words, value);
  for (const indicator of series.indicators) {
    const status = text.indicatorStatus[indicator.status];
    paragraph(
      flow,
      `${indicator.text} (${words.catalogue.export.indicatorKinds[indicator.kind]})`,
      'strong',
    );
    paragraph(
      flow,
      [
        `${words.report.baseline}: ${indicator.baseline || '–'}`,
        `${words.report.target}: ${indicator.target || '–'}`,
        `${r.status}: ${status}`,
        ...(indicator.dataSource ? [`${r.dataSource}: ${indicator.dataSource}`] : []),
      ].join(' · '),
      'muted',
    );
    if (indicator.measurements.length === 0) paragraph(flow, r.noMeasurements, 'muted');
    else
      table(
        flow,
        [r.date, r.value, r.note, r.meetupColumn],
        indicator.measurements.map((m) => [
          m.date,
          decimal(m.value),
          m.note,
          m.meetupId ? String(meetupIndex.get(m.meetupId) ?? '') : '',
        ]),
        [false, true, false, true],
      );
  }
}

function formatNumber(words: ExportWords, value: number | undefined): string {
  if (value === undefined) return '–';
  return value.toLocaleString(words.language === 'en' ? 'en-GB' : 'nb-NO', {
    maximumFractionDigits: 2,
  });
}
