import { COLORS, TYPE } from './document.js';
import type { RadarAxis } from '../report-blocks.js';
import { ensureSpace, type Flow } from './flow.js';

const SIZE = { height: 250, radius: 90, labelWidth: 120 } as const;
const SCALE = { min: 1, max: 5 } as const;
const CURRENT = '#1d5fd1';
const PREVIOUS = '#8a2c6b';
const GRID = '#c4c8ce';

/**
 * A radar (spider) chart of a reflection round's means, drawn as vectors in a
 * tagged Figure with its alternative text; the table after it is its twin
 * (REFL-8). The previous round, when given, is a dashed line beside it.
 */
export function radarFigure(flow: Flow, axes: readonly RadarAxis[], alt: string): void {
  if (axes.length < 3) return; // Fewer than three axes make no area; the table says it all.
  const { doc, root } = flow.pdf;
  ensureSpace(flow, SIZE.height + 8);
  const top = doc.y;
  const cx = flow.left + flow.width / 2;
  const cy = top + SIZE.height / 2;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / axes.length;
  const at = (i: number, value: number) => {
    const r = (SIZE.radius * (value - SCALE.min + 1)) / (SCALE.max - SCALE.min + 1);
    return [cx + r * Math.cos(angle(i)), cy + r * Math.sin(angle(i))] as const;
  };
  const options = {
    alt: flow.clean(alt),
    bbox: [flow.left, top, flow.left + flow.width, top + SIZE.height],
    placement: 'Block',
  } as PDFKit.Mixins.StructureElementOptions;

  const polygon = (values: readonly (number | null)[]) => {
    const points = values.map((v, i) => at(i, v ?? SCALE.min - 1));
    const [first, ...rest] = points;
    if (!first) return;
    doc.moveTo(first[0], first[1]);
    for (const [x, y] of rest) doc.lineTo(x, y);
    doc.closePath();
  };

  root.add(
    doc.struct('Figure', options, () => {
      doc.save();
      // The grid: one ring per scale step, one spoke per field.
      for (let step = SCALE.min; step <= SCALE.max; step++) {
        polygon(axes.map(() => step));
        doc.lineWidth(0.5).strokeColor(GRID).stroke();
      }
      axes.forEach((_, i) => {
        const [x, y] = at(i, SCALE.max);
        doc.moveTo(cx, cy).lineTo(x, y).lineWidth(0.5).strokeColor(GRID).stroke();
      });
      if (axes.some((a) => typeof a.previous === 'number')) {
        polygon(axes.map((a) => a.previous ?? null));
        doc.lineWidth(1.2).dash(3, { space: 2 }).strokeColor(PREVIOUS).stroke();
        doc.undash();
      }
      polygon(axes.map((a) => a.value));
      doc.lineWidth(1.8).strokeColor(CURRENT).stroke();
      for (const [i, axis] of axes.entries()) {
        if (axis.value === null) continue;
        const [x, y] = at(i, axis.value);
        doc.circle(x, y, 2.2).fill(CURRENT);
      }
      // Scale numbers up the first spoke, then the field labels outside the rings.
      doc
        .font('regular')
        .fontSize(TYPE.small - 1)
        .fillColor(COLORS.muted);
      for (let step = SCALE.min; step <= SCALE.max; step++) {
        const [x, y] = at(0, step);
        doc.text(String(step), x + 3, y - 4, { lineBreak: false });
      }
      doc.fontSize(TYPE.small).fillColor(COLORS.ink);
      axes.forEach((axis, i) => {
        const [x, y] = at(i, SCALE.max + 0.35);
        const cos = Math.cos(angle(i));
        const align = Math.abs(cos) < 0.2 ? 'center' : cos > 0 ? 'left' : 'right';
        const left =
          align === 'center' ? x - SIZE.labelWidth / 2 : align === 'left' ? x : x - SIZE.labelWidth;
        const label = flow.clean(axis.label);
        const lines = flow.layouter.wrap(label, SIZE.labelWidth, TYPE.small, 'regular').slice(0, 2);
        const lineHeight = TYPE.small + 1;
        // Above the top spoke and below the bottom one the label stacks away from the chart.
        const sin = Math.sin(angle(i));
        const first =
          align !== 'center'
            ? y - (lines.length * lineHeight) / 2
            : sin < 0
              ? y - lines.length * lineHeight
              : y;
        lines.forEach((line, n) => {
          doc.text(line, left, first + n * lineHeight, {
            width: SIZE.labelWidth,
            align,
            lineBreak: false,
          });
        });
      });
      doc.restore();
    }),
  );
  doc.x = flow.left;
  doc.y = top + SIZE.height + 8;
}
