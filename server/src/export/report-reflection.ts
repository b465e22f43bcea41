import { CATALOGUES, ROLES, type ReflectionRound, isKind } from '@moteplass/shared';
import type { ReportBlock } from './report-blocks.js';
import { fieldLabel } from './reflection-label.js';
import type { WorkshopSnapshot } from './snapshot.js';
import type { ExportWords } from './words.js';

/**
 * The meetup report's process reflection and impact chain (issue 18): each
 * closed round as a radar chart with its table twin (REFL-8), role means
 * where the round had them (only from 3 answers, REFL-5), and the comments
 * without names; then the chain.
 */
export function reflectionBlocks(snapshot: WorkshopSnapshot, words: ExportWords): ReportBlock[] {
  const rounds = snapshot.reflections ?? [];
  if (rounds.length === 0) return [];
  const r = CATALOGUES[words.language].reflection.report;
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 2, text: r.reflection },
    { kind: 'paragraph', text: r.scaleNote, tone: 'muted' },
  ];
  rounds.forEach((round, index) => blocks.push(...roundBlocks(round, index + 1, words)));
  return blocks;
}

function roundBlocks(round: ReflectionRound, number: number, words: ExportWords): ReportBlock[] {
  const r = CATALOGUES[words.language].reflection.report;
  const number2 = (value: number | undefined) =>
    value === undefined
      ? '–'
      : value.toLocaleString(words.language === 'en' ? 'en-GB' : 'nb-NO', {
          maximumFractionDigits: 2,
        });
  const labels = round.fields.map((field) => fieldLabel(field, words.language));
  const values = round.fields.map((f, i) => `${labels[i]}: ${number2(round.results[f.id]?.mean)}`);
  const blocks: ReportBlock[] = [
    {
      kind: 'heading',
      level: 3,
      text: words.fill(r.meetupRound, {
        round: number,
        date: words.date(round.closedAt),
        count: round.responses,
      }),
    },
    {
      kind: 'radar',
      axes: round.fields.map((f, i) => ({
        label: labels[i] ?? f.id,
        value: round.results[f.id]?.mean ?? null,
      })),
      alt: words.fill(r.radarAlt, { values: values.join('; ') }),
    },
    {
      kind: 'table',
      columns: [r.field, r.mean, r.answers, r.spread],
      rows: round.fields.map((f, i) => {
        const result = round.results[f.id];
        return [
          labels[i] ?? f.id,
          number2(result?.mean),
          String(result?.n ?? 0),
          result
            ? `${result.spread.min}–${result.spread.max} (sd ${number2(result.spread.sd)})`
            : '–',
        ];
      }),
      numeric: [false, true, true, false],
    },
  ];
  const roles = ROLES.filter((role) =>
    round.fields.some((f) => round.results[f.id]?.byRole?.[role]),
  );
  if (roles.length > 0) {
    blocks.push(
      { kind: 'paragraph', text: r.byRole, tone: 'strong' },
      {
        kind: 'table',
        columns: [r.field, ...roles.map((role) => words.role(role))],
        rows: round.fields.map((f, i) => [
          labels[i] ?? f.id,
          ...roles.map((role) => number2(round.results[f.id]?.byRole?.[role]?.mean)),
        ]),
        numeric: [false, ...roles.map(() => true)],
      },
    );
  }
  if (round.comments && round.comments.length > 0) {
    blocks.push(
      { kind: 'paragraph', text: r.comments, tone: 'strong' },
      { kind: 'list', items: round.comments.map((text) => ({ text })) },
    );
  }
  return blocks;
}

export function impactChainBlocks(snapshot: WorkshopSnapshot, words: ExportWords): ReportBlock[] {
  const chain = snapshot.impactChain;
  if (!chain) return [];
  const h = chain.hypothesis;
  const hasHypothesis = Boolean(h.if || h.then || h.because);
  if (
    !chain.goal &&
    chain.targetGroups.length === 0 &&
    !hasHypothesis &&
    chain.activities.length === 0
  )
    return [];
  const r = CATALOGUES[words.language].reflection.report;
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 2, text: r.impactChain }];
  if (chain.goal)
    blocks.push(
      { kind: 'heading', level: 3, text: r.goal },
      { kind: 'paragraph', text: chain.goal },
    );
  if (chain.targetGroups.length > 0) {
    blocks.push(
      { kind: 'heading', level: 3, text: r.targetGroups },
      {
        kind: 'list',
        items: chain.targetGroups.map((g) => ({ text: g.name, meta: g.successGoal })),
      },
    );
  }
  if (hasHypothesis) {
    blocks.push(
      { kind: 'heading', level: 3, text: r.hypothesis },
      {
        kind: 'paragraph',
        text: words.fill(r.hypothesisText, { if: h.if, then: h.then, because: h.because }),
      },
    );
  }
  const activities = chain.activities.flatMap((id) => {
    const item = snapshot.items.find((entry) => entry.id === id)?.item;
    return isKind(item, 'action') ? [{ text: item.text }] : [];
  });
  if (activities.length > 0) {
    blocks.push(
      { kind: 'heading', level: 3, text: r.activities },
      { kind: 'list', items: activities },
    );
  }
  return blocks;
}
