import type { ReportBlock } from './report-blocks.js';
import { buildReport } from './report.js';
import type { WorkshopSnapshot } from './snapshot.js';

/**
 * `export.md`: the report as Markdown (CommonMark with GFM tables). What
 * participants wrote is escaped, so a note cannot turn into a heading, a
 * link or raw HTML when a wiki renders the file.
 */
export function toMarkdown(snapshot: WorkshopSnapshot): string {
  return `${buildReport(snapshot).map(renderBlock).filter(Boolean).join('\n\n')}\n`;
}

/**
 * Escape what would change meaning: emphasis, code, links, tables and HTML
 * anywhere; headings, quotes and list markers at the start of a line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]|~]/g, (char) => `\\${char}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/^(\s*)([#>+-])/gm, '$1\\$2')
    .replace(/^(\s*)(=+\s*)$/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** Lines of one paragraph: a hard break at each newline the writer typed. */
const lines = (text: string) => escapeMarkdown(text.trim()).split(/\r?\n/).join('  \n');

/** Inside a table cell a newline would end the row. */
const cell = (text: string) => escapeMarkdown(text.trim()).replace(/\r?\n/g, '<br>') || ' ';

function renderBlock(block: ReportBlock): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${escapeMarkdown(block.text).replace(/\r?\n/g, ' ')}`;
    case 'paragraph':
      if (!block.text.trim()) return '';
      if (block.tone === 'muted') return `*${lines(block.text)}*`;
      if (block.tone === 'strong') return `**${lines(block.text)}**`;
      return lines(block.text);
    case 'table': {
      const align = block.columns.map((_, index) => (block.numeric?.[index] ? '--:' : '---'));
      return [block.columns.map(cell), align, ...block.rows.map((row) => row.map(cell))]
        .map((row) => `| ${row.join(' | ')} |`)
        .join('\n');
    }
    case 'list':
      return block.items
        .map((item) => {
          const body = lines(item.text || '–').replace(/\n/g, '\n  ');
          return item.meta ? `- ${body}  \n  *${lines(item.meta)}*` : `- ${body}`;
        })
        .join('\n');
    case 'radar':
    case 'figure':
      // The drawing is in the PDF and the SVG; Markdown says what it shows.
      return `*${lines(block.alt)}*`;
  }
}
