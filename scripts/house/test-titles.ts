import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesBelow } from './tree.js';

/** The packages whose tests and end-to-end specs may quote an invariant ID. */
const TEST_ROOTS = ['shared', 'server', 'client', 'e2e', 'bench', 'scripts'];
const TEST_FILE = /\.(test|spec)\.tsx?$/;
/** Shared suites that test files run against several implementations (storage's contract suites). */
const SUITE_FILE = /[/\\]storage[/\\](?:contract[/\\][^/\\]+|contract-[^/\\]+)\.ts$/;
// The first argument of it/test/describe (with .each/.skip/… and Playwright's
// test.describe), as written: a quoted string or a template literal.
const TITLE =
  /\b(?:it|test|describe)(?:\.\w+)*(?:\([^)]*\))?\(\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\]|\\.)*)`)/g;

/** Every test title in the repository's test files, with the file it is in. */
export function testTitles(root: string): { file: string; title: string }[] {
  const titles: { file: string; title: string }[] = [];
  for (const top of TEST_ROOTS) {
    if (!existsSync(join(root, top))) continue;
    for (const path of filesBelow(join(root, top), /\.tsx?$/)) {
      if (!TEST_FILE.test(path) && !SUITE_FILE.test(path)) continue;
      const text = readFileSync(path, 'utf8');
      for (const match of text.matchAll(TITLE)) {
        const title = match[1] ?? match[2] ?? match[3] ?? '';
        titles.push({ file: relative(root, path), title });
      }
    }
  }
  return titles;
}

/** The invariant IDs `docs/invariants.md` defines (`- **SYNC-1 — …**`). */
export function invariantIds(markdown: string): string[] {
  return [...markdown.matchAll(/^- \*\*([A-Z][A-Z0-9]*-\d+)\s+[—–-]/gm)].map((match) => match[1]!);
}

/** Whether a title quotes an ID as a whole token (SYNC-1 is not in SYNC-10). */
export function quotes(title: string, id: string): boolean {
  return new RegExp(`(^|[^A-Z0-9-])${id}(?![0-9])`).test(title);
}
