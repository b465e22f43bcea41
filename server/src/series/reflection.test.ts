import { DEFAULT_REFLECTION_FIELDS, readReflection, type Role } from '@moteplass/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seriesApp } from './testing.js';

let t: Awaited<ReturnType<typeof seriesApp>>;
beforeEach(async () => {
  t = await seriesApp();
});
afterEach(async () => {
  await t.app.close();
});

async function meetup() {
  const { workshop } = await t.createWorkshop({ title: 'Trygg skolevei' });
  const host = await t.facilitator(workshop);
  return { workshop, host };
}

async function reflection(workshopId: string) {
  return readReflection((await t.control(workshopId)).reflection);
}

describe('process reflection', () => {
  it('REFL-1: only the facilitator starts and closes a round; one round at a time', async () => {
    const { workshop, host } = await meetup();
    const kari = await t.participant(workshop, 'innbygger');
    expect((await t.act(workshop.id, kari, { type: 'startReflection' })).code).toBe('FORBIDDEN');
    const started = await t.act(workshop.id, host, { type: 'startReflection' });
    expect(started.status).toBe(200);
    expect((await t.act(workshop.id, host, { type: 'startReflection' })).code).toBe(
      'REFLECTION_ALREADY_OPEN',
    );
    expect((await t.act(workshop.id, kari, { type: 'closeReflection' })).code).toBe('FORBIDDEN');
    expect((await t.act(workshop.id, host, { type: 'closeReflection' })).status).toBe(200);
    expect((await t.act(workshop.id, host, { type: 'closeReflection' })).code).toBe(
      'NO_OPEN_REFLECTION',
    );
  });

  it('REFL-1: the default fields are the seven fields of action and the values; own labels become own fields', async () => {
    const { workshop, host } = await meetup();
    await t.act(workshop.id, host, { type: 'startReflection' });
    expect((await reflection(workshop.id))?.fields.map((f) => f.id)).toEqual([
      ...DEFAULT_REFLECTION_FIELDS,
    ]);
    await t.act(workshop.id, host, { type: 'closeReflection' });
    await t.act(workshop.id, host, {
      type: 'startReflection',
      fields: ['communication', ' Trygghet i gruppa ', 'trust'],
    });
    expect((await reflection(workshop.id))?.fields).toEqual([
      { id: 'communication' },
      { id: 'custom-1', label: 'Trygghet i gruppa' },
      { id: 'trust' },
    ]);
    expect((await t.act(workshop.id, host, { type: 'startReflection', fields: [] })).status).toBe(
      400,
    );
  });

  it('REFL-2: ratings are whole numbers 1–5 for the round’s own fields', async () => {
    const { workshop, host } = await meetup();
    const kari = await t.participant(workshop, 'innbygger');
    const submit = (ratings: unknown) =>
      t.act(workshop.id, kari, { type: 'submitReflection', ratings });
    expect((await submit({ trust: 4 })).code).toBe('NO_OPEN_REFLECTION');
    await t.act(workshop.id, host, { type: 'startReflection', fields: ['trust', 'openness'] });
    for (const bad of [{ trust: 0 }, { trust: 6 }, { trust: 2.5 }, { trust: '3' }, {}]) {
      expect((await submit(bad)).status).toBe(400);
    }
    expect((await submit({ communication: 3 })).code).toBe('UNKNOWN_REFLECTION_FIELD');
    expect((await reflection(workshop.id))?.responses).toBe(0);
    expect((await submit({ trust: 1, openness: 5 })).status).toBe(200);
  });

  it('REFL-3: while the round is open the room sees only how many have answered', async () => {
    const { workshop, host } = await meetup();
    await t.act(workshop.id, host, { type: 'startReflection', fields: ['trust'] });
    for (const role of ['innbygger', 'frivillig'] as Role[]) {
      const token = await t.participant(workshop, role);
      await t.act(workshop.id, token, {
        type: 'submitReflection',
        ratings: { trust: 2 },
        comment: 'Hei',
      });
    }
    const open = (await t.control(workshop.id)).reflection as Record<string, unknown>;
    expect(open.status).toBe('open');
    expect(open.responses).toBe(2);
    expect(Object.keys(open).sort()).toEqual([
      'fields',
      'openedAt',
      'responses',
      'roundId',
      'status',
    ]);
    const closed = await t.act(workshop.id, host, { type: 'closeReflection' });
    expect(closed.status).toBe(200);
    const shown = await reflection(workshop.id);
    expect(shown?.status).toBe('closed');
    expect(shown?.results?.trust).toMatchObject({
      mean: 2,
      n: 2,
      spread: { min: 2, max: 2, sd: 0 },
    });
  });

  it('REFL-4: a second answer replaces the first and counts once', async () => {
    const { workshop, host } = await meetup();
    const kari = await t.participant(workshop, 'innbygger');
    const ola = await t.participant(workshop, 'kommuneansatt');
    await t.act(workshop.id, host, { type: 'startReflection', fields: ['trust'] });
    const first = await t.act(workshop.id, kari, {
      type: 'submitReflection',
      ratings: { trust: 1 },
    });
    expect(first.json).toMatchObject({ ok: true, replaced: false });
    await t.act(workshop.id, ola, { type: 'submitReflection', ratings: { trust: 3 } });
    const again = await t.act(workshop.id, kari, {
      type: 'submitReflection',
      ratings: { trust: 5 },
    });
    expect(again.json).toMatchObject({ ok: true, replaced: true });
    expect((await reflection(workshop.id))?.responses).toBe(2);
    await t.act(workshop.id, host, { type: 'closeReflection' });
    const shown = await reflection(workshop.id);
    expect(shown?.responses).toBe(2);
    expect(shown?.results?.trust).toMatchObject({
      mean: 4,
      n: 2,
      spread: { min: 3, max: 5, sd: 1 },
    });
  });

  it('REFL-5: a role’s mean appears only where at least 3 of that role answered', async () => {
    const { workshop, host } = await meetup();
    await t.act(workshop.id, host, { type: 'startReflection', fields: ['trust', 'openness'] });
    const answers: Array<[Role, Record<string, number>]> = [
      ['innbygger', { trust: 2, openness: 1 }],
      ['innbygger', { trust: 3, openness: 2 }],
      ['innbygger', { trust: 4 }],
      ['kommuneansatt', { trust: 5, openness: 5 }],
      ['kommuneansatt', { trust: 5, openness: 4 }],
    ];
    for (const [role, ratings] of answers) {
      const token = await t.participant(workshop, role);
      await t.act(workshop.id, token, { type: 'submitReflection', ratings });
    }
    await t.act(workshop.id, host, { type: 'closeReflection' });
    const results = (await reflection(workshop.id))?.results;
    expect(results?.trust?.byRole).toEqual({ innbygger: { mean: 3, n: 3 } });
    // Only two citizens rated openness: no role mean at all.
    expect(results?.openness?.byRole).toBeUndefined();
    expect(results?.openness).toMatchObject({ mean: 3, n: 4 });
  });

  it('REFL-6: comments appear only after the close, shuffled, without names, and never in a reply', async () => {
    const { workshop, host } = await meetup();
    await t.act(workshop.id, host, { type: 'startReflection', fields: ['trust'] });
    const comments = ['Vi snakker forbi hverandre', 'Godt møte', 'Trenger mer tid'];
    for (const comment of comments) {
      const token = await t.participant(workshop, 'innbygger');
      const reply = await t.act(workshop.id, token, {
        type: 'submitReflection',
        ratings: { trust: 3 },
        comment,
      });
      expect(reply.body).not.toContain(comment);
    }
    expect(JSON.stringify(await t.control(workshop.id))).not.toContain('Godt møte');
    await t.act(workshop.id, host, { type: 'closeReflection' });
    const shown = await reflection(workshop.id);
    expect([...(shown?.comments ?? [])].sort()).toEqual([...comments].sort());
    const history = JSON.stringify((await t.control(workshop.id)).reflectionHistory);
    expect(history).not.toMatch(/participant|author/i);
  });

  it('REFL-7: deleting the workshop deletes the open round’s answers', async () => {
    const { workshop, host } = await meetup();
    const kari = await t.participant(workshop, 'innbygger');
    await t.act(workshop.id, host, { type: 'startReflection', fields: ['trust'] });
    await t.act(workshop.id, kari, { type: 'submitReflection', ratings: { trust: 3 } });
    const deleted = await t.request({
      method: 'DELETE',
      url: `/api/workshops/${workshop.id}`,
      headers: { authorization: `Bearer ${host}` },
    });
    expect(deleted.status).toBe(204);
    expect(await t.storage.series.getOpenReflectionRound(workshop.id)).toBeNull();
  });
});

describe('REFL-4 in a SQLite file', () => {
  it('REFL-4, REFL-7: an answer row holds no participant id, and after the close the round’s secret and its answers are gone from the file and its WAL', async () => {
    const { mkdtempSync, readFileSync, existsSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const Database = (await import('better-sqlite3')).default;
    const { SqliteStorage } = await import('../storage/index.js');
    const dir = mkdtempSync(join(tmpdir(), 'moteplass-refl-'));
    const path = join(dir, 'moteplass.sqlite');
    const storage = new SqliteStorage(path);
    const local = await seriesApp(storage);
    try {
      const { workshop } = await local.createWorkshop({ title: 'Trygg skolevei' });
      const host = await local.facilitator(workshop);
      const joined = await local.request({
        method: 'POST',
        url: `/api/workshops/${workshop.id}/sessions`,
        payload: { joinCode: workshop.joinCode, role: 'innbygger' },
      });
      const { token, participantId } = joined.json as { token: string; participantId: string };
      await local.act(workshop.id, host, { type: 'startReflection', fields: ['trust'] });
      const comment = 'Bra møte';
      await local.act(workshop.id, token, {
        type: 'submitReflection',
        ratings: { trust: 2 },
        comment,
      });
      const reader = new Database(path, { readonly: true });
      const rows = reader.prepare('SELECT * FROM reflection_answers').all() as Array<{
        answer_key: string;
      }>;
      const { secret } = reader.prepare('SELECT secret FROM reflection_rounds').get() as {
        secret: string;
      };
      reader.close();
      expect(rows).toHaveLength(1);
      expect(JSON.stringify(rows)).not.toContain(participantId);
      await local.act(workshop.id, host, { type: 'closeReflection' });
      await local.app.close();
      for (const file of [path, `${path}-wal`]) {
        if (!existsSync(file)) continue;
        // The comment itself is published in the control document; what linked it is gone.
        expect(readFileSync(file).includes(Buffer.from(secret))).toBe(false);
        expect(readFileSync(file).includes(Buffer.from(rows[0]!.answer_key))).toBe(false);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
