import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Folders no check looks into: installed, built and generated files. */
const SKIP = new Set(['node_modules', 'dist', 'test-results', 'playwright-report', 'data']);

/** Every file below `dir` whose name matches `name`, skipping dot-folders and SKIP. */
export function* filesBelow(dir: string, name: RegExp): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesBelow(path, name);
    else if (name.test(entry.name)) yield path;
  }
}
