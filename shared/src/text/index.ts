/**
 * Line breaking for every place that lays text out: the case-file exports
 * today, the canvas later. Imported as `@moteplass/shared/text`, not from the
 * package's index, so the client bundle carries the hyphenation patterns
 * only once it asks for them.
 */
export {
  breakLines,
  prepareText,
  HYPHEN,
  type BreakOptions,
  type BrokenLine,
  type Measure,
  type PreparedText,
} from './break-lines.js';
export { fitText, ELLIPSIS, type FitOptions, type FittedText } from './fit-text.js';
export { norwegianHyphenation, type Hyphenate } from './hyphenation.js';
export { graphemesOf, segmentsOf } from './segments.js';
