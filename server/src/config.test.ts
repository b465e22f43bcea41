import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readConfig, sharedSessionSecret } from './config.js';
import { MemoryStorage } from './storage/index.js';

const dirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'moteplass-config-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('readConfig: storage and fan-out', () => {
  it('uses SQLite in DATA_DIR, with a secret kept there, when DATABASE_URL is unset', () => {
    const config = readConfig({ DATA_DIR: dataDir() });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.sessionSecret?.length).toBe(32);
    expect(config.redisUrl).toBeUndefined();
  });

  it('takes a postgres:// or postgresql:// DATABASE_URL and leaves the secret to the database', () => {
    for (const url of ['postgres://u:p@db:5432/moteplass', 'postgresql://db/moteplass']) {
      const config = readConfig({ DATA_DIR: dataDir(), DATABASE_URL: url });
      expect(config.databaseUrl).toBe(url);
      expect(config.sessionSecret).toBeUndefined();
    }
  });

  it('prefers SESSION_SECRET over the database', () => {
    const secret = 'x'.repeat(40);
    const config = readConfig({ DATABASE_URL: 'postgres://db/m', SESSION_SECRET: secret });
    expect(config.sessionSecret?.toString('utf8')).toBe(secret);
  });

  it('reads REDIS_URL and DATABASE_POOL_SIZE', () => {
    const config = readConfig({
      DATA_DIR: dataDir(),
      REDIS_URL: 'redis://127.0.0.1:6379',
      DATABASE_URL: 'postgres://db/m',
      DATABASE_POOL_SIZE: '25',
    });
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.databasePoolSize).toBe(25);
  });

  it('refuses bad URLs with a clear message that does not repeat a password', () => {
    expect(() => readConfig({ DATABASE_URL: 'mysql://u:hemmelig@db/m' })).toThrow(
      /DATABASE_URL must start with postgres:\/\/ or postgresql:\/\/, not mysql:\/\//,
    );
    expect(() => readConfig({ DATABASE_URL: 'hemmelig' })).toThrow(
      /^DATABASE_URL is not a valid URL/,
    );
    expect(() => readConfig({ DATABASE_URL: 'hemmelig' })).not.toThrow(/hemmelig/);
    expect(() => readConfig({ REDIS_URL: 'http://cache:6379' })).toThrow(
      /REDIS_URL must start with redis:\/\/ or rediss:\/\//,
    );
    expect(() => readConfig({ DATABASE_URL: 'postgres://db/m', DATABASE_POOL_SIZE: '0' })).toThrow(
      /DATABASE_POOL_SIZE/,
    );
  });
});

describe('sharedSessionSecret', () => {
  it('gives every instance on one database the same generated secret', async () => {
    const storage = new MemoryStorage();
    const [first, second] = await Promise.all([
      sharedSessionSecret(storage),
      sharedSessionSecret(storage),
    ]);
    expect(first.length).toBe(32);
    expect(second.equals(first)).toBe(true);
    expect((await sharedSessionSecret(storage)).equals(first)).toBe(true);
  });
});

describe('readConfig: room capacity and crowd mode', () => {
  it('CROWD-2: ROOM_CAPACITY defaults to 1,000 and CROWD_THRESHOLD to 150', () => {
    const config = readConfig({ DATA_DIR: dataDir() });
    expect(config.roomCapacity).toBe(1000);
    expect(config.crowdThreshold).toBe(150);
  });

  it('CROWD-2: takes whole numbers in range and stops on anything else', () => {
    const config = readConfig({
      DATA_DIR: dataDir(),
      ROOM_CAPACITY: '2500',
      CROWD_THRESHOLD: '80',
    });
    expect(config).toMatchObject({ roomCapacity: 2500, crowdThreshold: 80 });
    for (const value of ['0', '5001', '12.5', 'many']) {
      expect(() => readConfig({ DATA_DIR: dataDir(), ROOM_CAPACITY: value })).toThrow(
        /ROOM_CAPACITY must be a whole number from 1 to 5000/,
      );
    }
    expect(() => readConfig({ DATA_DIR: dataDir(), CROWD_THRESHOLD: '1' })).toThrow(
      /CROWD_THRESHOLD/,
    );
  });
});

describe('readConfig: the room presence frame', () => {
  it('RELAY-3: PRESENCE_FRAME_MS defaults to 50, takes 0 (no frame) to 1000 and stops on anything else', () => {
    expect(readConfig({ DATA_DIR: dataDir() }).presenceFrameMs).toBe(50);
    expect(readConfig({ DATA_DIR: dataDir(), PRESENCE_FRAME_MS: '0' }).presenceFrameMs).toBe(0);
    for (const value of ['-1', '1001', '2.5', 'soon']) {
      expect(() => readConfig({ DATA_DIR: dataDir(), PRESENCE_FRAME_MS: value })).toThrow(
        /PRESENCE_FRAME_MS must be a whole number from 0 to 1000/,
      );
    }
  });
});

describe('readConfig: a crowd presence frame', () => {
  it('RELAY-4: CROWD_PRESENCE_FRAME_MS defaults to 75, takes 0 (no frame) to 1000 and stops on anything else', () => {
    expect(readConfig({ DATA_DIR: dataDir() }).crowdPresenceFrameMs).toBe(75);
    expect(
      readConfig({ DATA_DIR: dataDir(), CROWD_PRESENCE_FRAME_MS: '0' }).crowdPresenceFrameMs,
    ).toBe(0);
    for (const value of ['-1', '1001', '2.5', 'soon']) {
      expect(() => readConfig({ DATA_DIR: dataDir(), CROWD_PRESENCE_FRAME_MS: value })).toThrow(
        /CROWD_PRESENCE_FRAME_MS must be a whole number from 0 to 1000/,
      );
    }
  });
});
