import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ITEM_KINDS } from '@moteplass/shared';
import { describe, expect, it } from 'vitest';

/**
 * KIND-1: what a kind of item is lives in its kinds folder
 * (`shared/src/kinds/<kind>/`, `server/src/export/kinds/`); the server's
 * validation, rules and exports loop over the table and never compare an
 * item's type with a kind's name. Tests may name kinds.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const KIND_FOLDERS = ['shared/src/kinds/', 'server/src/export/kinds/'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('KIND-1 no kind is named outside the kinds folders', () => {
  it('KIND-1 no `type === <kind>` branch in server/src or shared/src outside kinds/', () => {
    const names = ITEM_KINDS.map((kind) => kind.type).join('|');
    const branch = new RegExp(`type\\s*[!=]==?\\s*'(${names})'`);
    const found = ['server/src', 'shared/src']
      .flatMap((dir) => sources(join(root, dir)))
      .map((path) => relative(root, path))
      .filter((path) => !KIND_FOLDERS.some((folder) => path.startsWith(folder)))
      .flatMap((path) =>
        readFileSync(join(root, path), 'utf8')
          .split('\n')
          .flatMap((line, index) =>
            branch.test(line) ? [`${path}:${index + 1}: ${line.trim()}`] : [],
          ),
      );
    expect(found).toEqual([]);
  });
});
