import { readdirSync, readFileSync } from 'node:fs';
import { METHOD_LIBRARY } from '@moteplass/shared';
import { describe, expect, it } from 'vitest';

// shared/ may not read files (it runs in the browser too), so the folder is checked from here.
const folder = new URL('../../../shared/methods/', import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith('.json'));

describe('the methods folder', () => {
  it('AGENDA-1: every JSON file in shared/methods is in the library, under its file name', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(METHOD_LIBRARY.map((method) => `${method.id}.json`).sort()).toEqual([...files].sort());
    for (const name of files) {
      const method = JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as { id: string };
      expect(method.id).toBe(name.replace(/\.json$/, ''));
    }
  });
});
