import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { sampleWorkshop } from '../storage/contract/fixtures.js';
import { MemoryStorage } from '../storage/index.js';
import { ActivityRecorder, DAY_MS, RetentionSweeper } from './retention.js';

/** PRIV-4: workshops are deleted for good RETENTION_DAYS after their last activity. */
const NOW = Date.UTC(2025, 5, 1, 12);
const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

function logger() {
  const lines: { details: object; message: string }[] = [];
  const log = (details: object, message: string) => lines.push({ details, message });
  return { lines, info: log, error: log };
}

describe('PRIV-4 retention', () => {
  it('deletes a workshop inactive for longer than the retention time and keeps a fresh one', async () => {
    const storage = new MemoryStorage();
    const old = sampleWorkshop({ lastActivityAt: NOW - 91 * DAY_MS });
    const fresh = sampleWorkshop({ lastActivityAt: NOW - 89 * DAY_MS });
    await storage.workshops.create(old);
    await storage.workshops.create(fresh);
    const log = logger();
    const sweeper = new RetentionSweeper({
      storage,
      deleteWorkshop: (id) => storage.deleteWorkshop(id),
      days: 90,
      logger: log,
    });
    expect(await sweeper.sweep(NOW)).toBe(1);
    expect(await storage.workshops.get(old.id)).toBeNull();
    expect(await storage.workshops.get(fresh.id)).not.toBeNull();
    // Counts only: no ids, no titles (PRIV-2).
    expect(log.lines).toEqual([
      {
        details: { deleted: 1, failed: 0, retentionDays: 90 },
        message: 'retention: deleted inactive workshops',
      },
    ]);
  });

  it('does nothing with RETENTION_DAYS=0', async () => {
    const storage = new MemoryStorage();
    const old = sampleWorkshop({ lastActivityAt: 0 });
    await storage.workshops.create(old);
    const sweeper = new RetentionSweeper({
      storage,
      deleteWorkshop: (id) => storage.deleteWorkshop(id),
      days: 0,
      logger: logger(),
    });
    sweeper.start();
    await sweeper.stop();
    expect(await storage.workshops.get(old.id)).not.toBeNull();
  });

  it('sweeps when the server starts, through the same delete as DELETE (sockets closed first)', async () => {
    const storage = new MemoryStorage();
    const app = await buildApp({ storage, sessionSecret: randomBytes(32), retentionDays: 30 });
    closers.push(() => app.close());
    const { workshop } = await app.workshops.create({ title: 'Gammelt verksted' });
    await storage.workshops.update(workshop.id, { lastActivityAt: Date.now() - 31 * DAY_MS });
    await app.ready();
    for (let i = 0; i < 100 && (await storage.workshops.get(workshop.id)); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(await storage.workshops.get(workshop.id)).toBeNull();
  });

  it('counts from the last use of any token, not only from the last join', async () => {
    const storage = new MemoryStorage();
    const app = await buildApp({ storage, sessionSecret: randomBytes(32) });
    closers.push(() => app.close());
    const created = await app.workshops.create({ title: 'I bruk' });
    const { token } = await app.workshops.join(created.workshop.id, {
      facilitatorKey: created.facilitatorKey,
    });
    const longAgo = Date.now() - 60 * DAY_MS;
    await storage.workshops.update(created.workshop.id, { lastActivityAt: longAgo });
    expect(await app.workshops.authenticate(token, created.workshop.id)).not.toBeNull();
    await new Promise((resolve) => setImmediate(resolve));
    expect((await storage.workshops.get(created.workshop.id))?.lastActivityAt).toBeGreaterThan(
      longAgo,
    );
  });

  it('writes the activity of one workshop at most once per interval', async () => {
    const storage = new MemoryStorage();
    const workshop = sampleWorkshop({ lastActivityAt: 0 });
    await storage.workshops.create(workshop);
    const recorder = new ActivityRecorder(storage, 60_000);
    recorder.record(workshop.id, NOW);
    recorder.record(workshop.id, NOW + 30_000);
    await new Promise((resolve) => setImmediate(resolve));
    expect((await storage.workshops.get(workshop.id))?.lastActivityAt).toBe(NOW);
    recorder.record(workshop.id, NOW + 61_000);
    await new Promise((resolve) => setImmediate(resolve));
    expect((await storage.workshops.get(workshop.id))?.lastActivityAt).toBe(NOW + 61_000);
  });
});
