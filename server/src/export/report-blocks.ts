import type { PhaseId } from '@moteplass/shared';

/**
 * The report as a list of blocks in the workshop's language. The Markdown and
 * the PDF writers both render these, so they say the same things in the same
 * order; the PDF also draws each phase's figure from the board.
 */
export type ReportBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; tone?: 'muted' | 'strong' }
  | { kind: 'table'; columns: string[]; rows: string[][]; numeric?: boolean[] }
  | { kind: 'list'; items: ReportListItem[] }
  | { kind: 'figure'; phase: PhaseId; alt: string }
  /** A reflection round's radar chart (issue 18); a table of the same numbers follows it (REFL-8). */
  | { kind: 'radar'; axes: RadarAxis[]; alt: string };

export interface ReportListItem {
  text: string;
  /** Who wrote it and how many dots it got, shown smaller under the text. */
  meta?: string;
}

/** One axis of a radar chart: its label and the mean on it (null where the round had none). */
export interface RadarAxis {
  label: string;
  value: number | null;
  previous?: number | null;
}
