import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// Every run starts from an empty workshop store.
const dataDir = mkdtempSync(join(tmpdir(), 'moteplass-e2e-'));
// E2E_PORT: `npm test` (scripts/launch.mjs) sets a port that is free at the time;
// 8181 only when Playwright is run by hand without one.
const port = Number(process.env.E2E_PORT ?? 8181);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests',
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    // Chromium from Debian (/usr/bin/chromium); `playwright install` is never run.
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node ../server/dist/main.js',
    env: { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir },
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
