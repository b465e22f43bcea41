import {
  readImpactChain,
  readMeasurements,
  readReflection,
  readReflectionHistory,
  type SeriesReply,
} from '@moteplass/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actionCard, indicatorCard, note, seriesApp } from './testing.js';

let t: Awaited<ReturnType<typeof seriesApp>>;
beforeEach(async () => {
  t = await seriesApp();
});
afterEach(async () => {
  await t.app.close();
});

async function firstMeetup() {
  const { workshop } = await t.createWorkshop({
    title: 'Møte 1: Ensomhet blant eldre',
    caseDescription: 'Hvordan kan flere eldre i bydelen få noen å snakke med?',
  });
  const host = await t.facilitator(workshop);
  return { workshop, host };
}

async function rate(
  workshopId: string,
  host: string,
  joinWorkshop: Parameters<typeof t.participant>[0],
  value: number,
) {
  await t.act(workshopId, host, { type: 'startReflection', fields: ['trust', 'communication'] });
  const token = await t.participant(joinWorkshop, 'innbygger');
  await t.act(workshopId, token, {
    type: 'submitReflection',
    ratings: { trust: value, communication: value },
  });
  await t.act(workshopId, host, { type: 'closeReflection' });
}

describe('series of meetups', () => {
  it('SERIES-1: the next meetup needs the earlier meetup’s facilitator key', async () => {
    const { workshop } = await firstMeetup();
    const next = (extra: Record<string, unknown>) =>
      t.createWorkshop({ title: 'Møte 2', seriesOf: workshop.id, ...extra });
    const missing = (await next({})).reply;
    expect([missing.status, missing.code]).toEqual([403, 'SERIES_KEY_REQUIRED']);
    const wrong = (await next({ seriesKey: 'not-the-key' })).reply;
    expect([wrong.status, wrong.code]).toEqual([403, 'SERIES_KEY_INVALID']);
    const unknown = (
      await t.createWorkshop({ title: 'Møte 2', seriesOf: 'no-such-meetup', seriesKey: 'x' })
    ).reply;
    expect([unknown.status, unknown.code]).toEqual([404, 'WORKSHOP_NOT_FOUND']);
    // A participant's join code is not the key either.
    expect((await next({ seriesKey: workshop.joinCode })).reply.code).toBe('SERIES_KEY_INVALID');
    const ok = (await next({ seriesKey: workshop.facilitatorKey })).reply;
    expect(ok.status).toBe(201);
  });

  it('SERIES-2: the next meetup carries the case over, not its people or their notes', async () => {
    const { workshop, host } = await firstMeetup();
    await t.putItems(workshop.id, {
      act1: actionCard('Besøksvenner fra frivilligsentralen'),
      ind1: indicatorCard('Eldre som får besøk hver uke', '12', '40'),
      idea: actionCard('En idé fra utforskingen', 'explore'),
      note1: note('Kari: jeg er ensom om kveldene'),
    });
    await t.participant(workshop, 'innbygger');
    await t.act(workshop.id, host, {
      type: 'setImpactChain',
      goal: 'Færre eldre er ensomme',
      activities: ['act1'],
    });
    await t.act(workshop.id, host, {
      type: 'recordMeasurement',
      indicatorId: 'ind1',
      value: 15,
      date: '2026-01-10',
    });
    await rate(workshop.id, host, workshop, 2);

    const { reply, workshop: second } = await t.createWorkshop({
      title: 'Møte 2',
      seriesOf: workshop.id,
      seriesKey: workshop.facilitatorKey,
    });
    expect(reply.status).toBe(201);
    const items = await t.boardItems(second.id);
    expect(items.act1).toMatchObject({
      type: 'action',
      text: 'Besøksvenner fra frivilligsentralen',
    });
    expect(items.act1).not.toHaveProperty('author');
    expect(items.ind1).toMatchObject({ type: 'indicator', baseline: '12', target: '40' });
    expect(items.idea).toBeUndefined();
    expect(items.note1).toBeUndefined();
    const control = await t.control(second.id);
    expect(readImpactChain(control.impactChain)).toMatchObject({
      goal: 'Færre eldre er ensomme',
      activities: ['act1'],
    });
    expect(readMeasurements(control.measurements).ind1?.map((m) => m.value)).toEqual([15]);
    expect(readReflectionHistory(control.reflectionHistory)).toHaveLength(1);
    expect(readReflection(control.reflection)).toBeNull();
    // Its own people only: the first meetup's facilitator key does not open it, its code is new.
    expect(second.joinCode).not.toBe(workshop.joinCode);
    const secondHost = await t.facilitator(second);
    const people = await t.get(`/api/workshops/${second.id}/participants`, secondHost);
    expect((people.json.participants as unknown[]).length).toBe(1);
    const summary = await t.get(`/api/workshops/${second.id}`);
    expect(summary.json.title).toBe('Møte 2');
  });

  it('SERIES-4: in a series the closed round shows the previous meetup’s means beside its own', async () => {
    const { workshop, host } = await firstMeetup();
    await rate(workshop.id, host, workshop, 2);
    expect(readReflection((await t.control(workshop.id)).reflection)?.previous).toBeUndefined();
    const { workshop: second } = await t.createWorkshop({
      title: 'Møte 2',
      seriesOf: workshop.id,
      seriesKey: workshop.facilitatorKey,
    });
    const secondHost = await t.facilitator(second);
    await rate(second.id, secondHost, second, 4);
    const shown = readReflection((await t.control(second.id)).reflection);
    expect(shown?.results?.trust?.mean).toBe(4);
    expect(shown?.previous).toEqual({ trust: 2, communication: 2 });
    // A second round at the same meetup still compares with the previous meetup.
    await rate(second.id, secondHost, second, 5);
    expect(readReflection((await t.control(second.id)).reflection)?.previous).toEqual({
      trust: 2,
      communication: 2,
    });
  });

  it('SERIES-3: GET /series lists the meetups in order with their reflection means, for the facilitator only', async () => {
    const { workshop, host } = await firstMeetup();
    await rate(workshop.id, host, workshop, 2);
    const { workshop: second } = await t.createWorkshop({
      title: 'Møte 2',
      seriesOf: workshop.id,
      seriesKey: workshop.facilitatorKey,
    });
    // Continued from the second meetup: still the same series.
    const { workshop: third } = await t.createWorkshop({
      title: 'Møte 3',
      seriesOf: second.id,
      seriesKey: second.facilitatorKey,
    });
    const thirdHost = await t.facilitator(third);
    await rate(third.id, thirdHost, third, 4);

    expect((await t.get(`/api/workshops/${third.id}/series`)).status).toBe(401);
    const member = await t.participant(third, 'innbygger');
    expect((await t.get(`/api/workshops/${third.id}/series`, member)).code).toBe('FORBIDDEN');
    const reply = await t.get(`/api/workshops/${third.id}/series`, thirdHost);
    expect(reply.status).toBe(200);
    const series = reply.json as unknown as SeriesReply;
    expect(series.seriesId).toBe(workshop.id);
    expect(series.meetups.map((m) => [m.title, m.index])).toEqual([
      ['Møte 1: Ensomhet blant eldre', 1],
      ['Møte 2', 2],
      ['Møte 3', 3],
    ]);
    expect(series.meetups.map((m) => m.reflections.map((r) => r.means.trust))).toEqual([
      [2],
      [],
      [4],
    ]);
    expect(series.meetups[0]?.reflections[0]?.n).toBe(1);

    // Deleting a meetup removes it for good; the series goes on without it.
    const secondHost = await t.facilitator(second);
    const deleted = await t.request({
      method: 'DELETE',
      url: `/api/workshops/${second.id}`,
      headers: { authorization: `Bearer ${secondHost}` },
    });
    expect(deleted.status).toBe(204);
    const after = (await t.get(`/api/workshops/${third.id}/series`, thirdHost))
      .json as unknown as SeriesReply;
    expect(after.meetups.map((m) => m.index)).toEqual([1, 3]);
  });

  it('SERIES-3: a meetup outside any series is a series of one', async () => {
    const { workshop, host } = await firstMeetup();
    const series = (await t.get(`/api/workshops/${workshop.id}/series`, host))
      .json as unknown as SeriesReply;
    expect(series).toMatchObject({ seriesId: workshop.id, indicators: [], actions: [] });
    expect(series.meetups.map((m) => m.id)).toEqual([workshop.id]);
  });
});
