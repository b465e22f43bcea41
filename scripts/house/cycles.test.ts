import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * `pnpm lint` runs `lint:cycles` (dpdm) after ESLint. ESLint's
 * import-x/no-cycle skips type-only imports, so the circle check that counts
 * them is dpdm's; this proves the script's own options catch such a circle.
 */
const root = join(import.meta.dirname, '..', '..');
const script: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts[
  'lint:cycles'
];
// The options before the first quoted glob: `dpdm --no-warning … --exit-code circular:1`.
const options = script.slice(0, script.indexOf("'")).trim().split(/\s+/).slice(1);
const fixture = mkdtempSync(join(tmpdir(), 'moteplass-cycles-'));
// Resolved as in the workspace (tsconfig.base.json): `./list.js` is list.ts.
writeFileSync(
  join(fixture, 'tsconfig.json'),
  JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler' } }),
);
afterAll(() => rmSync(fixture, { recursive: true, force: true }));

function dpdm(files: Record<string, string>): { code: number; output: string } {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(fixture, name), text);
  try {
    const output = execFileSync(join(root, 'node_modules', '.bin', 'dpdm'), [...options, '*.ts'], {
      cwd: fixture,
      encoding: 'utf8',
    });
    return { code: 0, output };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { code: failed.status, output: failed.stdout };
  }
}

describe('lint:cycles', () => {
  it('HOUSE-1: fails on an import circle made only of type imports', () => {
    const result = dpdm({
      'handler.ts':
        "import type { List } from './list.js';\nexport type Handler = { list: List };\n",
      'list.ts': "import type { Handler } from './handler.js';\nexport type List = Handler[];\n",
    });
    expect(result.code).toBe(1);
    expect(result.output).toContain('handler.ts');
  });

  it('HOUSE-1: passes a tree without circles', () => {
    rmSync(join(fixture, 'list.ts'));
    const result = dpdm({
      'handler.ts': 'export type Handler = { name: string };\n',
      'list.ts': "import type { Handler } from './handler.js';\nexport type List = Handler[];\n",
    });
    expect(result.code).toBe(0);
  });
});
