import { readImpactChain, readMeasurements, type SeriesReply } from '@moteplass/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actionCard, indicatorCard, note, seriesApp } from './testing.js';

let t: Awaited<ReturnType<typeof seriesApp>>;
beforeEach(async () => {
  t = await seriesApp();
});
afterEach(async () => {
  await t.app.close();
});

async function meetupWithCards() {
  const { workshop } = await t.createWorkshop({ title: 'Ungdom og fritid' });
  const host = await t.facilitator(workshop);
  await t.putItems(workshop.id, {
    act1: actionCard('Åpen hall fredag kveld'),
    ind1: indicatorCard('Unge som bruker hallen', '10', '40'),
    ind2: indicatorCard('Trivsel', 'lav', 'høy'),
    n1: note('En lapp'),
  });
  return { workshop, host };
}

describe('impact chain', () => {
  it('IMPACT-1: anyone edits the chain unless the board is locked; each key replaces its part', async () => {
    const { workshop, host } = await meetupWithCards();
    const kari = await t.participant(workshop, 'innbygger');
    const set = (token: string, patch: Record<string, unknown>) =>
      t.act(workshop.id, token, { type: 'setImpactChain', ...patch });
    expect((await set(kari, { goal: ' Flere unge har et sted å være ' })).status).toBe(200);
    await set(kari, {
      targetGroups: [{ name: 'Ungdom 13–17', successGoal: 'Møter opp hver uke' }],
      hypothesis: {
        if: 'hallen er åpen',
        then: 'kommer flere',
        because: 'de har ingen andre steder',
      },
      activities: ['act1', 'act1'],
    });
    const chain = readImpactChain((await t.control(workshop.id)).impactChain);
    expect(chain).toEqual({
      goal: 'Flere unge har et sted å være',
      targetGroups: [{ name: 'Ungdom 13–17', successGoal: 'Møter opp hver uke' }],
      hypothesis: {
        if: 'hallen er åpen',
        then: 'kommer flere',
        because: 'de har ingen andre steder',
      },
      activities: ['act1'],
    });
    expect((await set(kari, { activities: ['n1'] })).status).toBe(400);
    expect((await set(kari, { activities: ['ind1'] })).status).toBe(400);
    expect(
      (await set(kari, { targetGroups: Array(11).fill({ name: 'x', successGoal: 'y' }) })).status,
    ).toBe(400);
    await t.act(workshop.id, host, { type: 'lockBoard' });
    expect((await set(kari, { goal: 'Noe annet' })).code).toBe('BOARD_LOCKED');
    expect((await set(host, { goal: 'Fasilitatoren retter' })).status).toBe(200);
  });

  it('IMPACT-2: the facilitator records and deletes measurements of an indicator card', async () => {
    const { workshop, host } = await meetupWithCards();
    const kari = await t.participant(workshop, 'innbygger');
    const record = (token: string, body: Record<string, unknown>) =>
      t.act(workshop.id, token, {
        type: 'recordMeasurement',
        indicatorId: 'ind1',
        value: 20,
        date: '2026-02-01',
        ...body,
      });
    expect((await record(kari, {})).code).toBe('FORBIDDEN');
    expect((await record(host, { indicatorId: 'act1' })).code).toBe('INDICATOR_NOT_FOUND');
    expect((await record(host, { indicatorId: 'nothing' })).code).toBe('INDICATOR_NOT_FOUND');
    expect((await record(host, { date: '2026-02-30' })).status).toBe(400);
    expect((await record(host, { date: '1.2.2026' })).status).toBe(400);
    expect((await record(host, { value: 'tjue' })).status).toBe(400);
    const later = await record(host, { value: 30, date: '2026-04-01', note: ' Telling i april ' });
    const earlier = await record(host, {});
    expect(later.status).toBe(200);
    const list = readMeasurements((await t.control(workshop.id)).measurements).ind1;
    expect(list?.map((m) => [m.date, m.value, m.note])).toEqual([
      ['2026-02-01', 20, ''],
      ['2026-04-01', 30, 'Telling i april'],
    ]);
    expect(list?.[1]?.id).toBe(later.json.measurementId);
    const remove = (measurementId: unknown) =>
      t.act(workshop.id, host, { type: 'deleteMeasurement', indicatorId: 'ind1', measurementId });
    expect((await remove('nope')).code).toBe('MEASUREMENT_NOT_FOUND');
    expect(
      (
        await t.act(workshop.id, kari, {
          type: 'deleteMeasurement',
          indicatorId: 'ind1',
          measurementId: earlier.json.measurementId,
        })
      ).code,
    ).toBe('FORBIDDEN');
    expect((await remove(earlier.json.measurementId)).status).toBe(200);
    expect(readMeasurements((await t.control(workshop.id)).measurements).ind1).toHaveLength(1);
  });

  it('IMPACT-3: the series shows each indicator with its measurements and status', async () => {
    const { workshop, host } = await meetupWithCards();
    await t.act(workshop.id, host, {
      type: 'recordMeasurement',
      indicatorId: 'ind1',
      value: 25,
      date: '2026-02-01',
    });
    await t.act(workshop.id, host, {
      type: 'recordMeasurement',
      indicatorId: 'ind2',
      value: 3,
      date: '2026-02-01',
    });
    const { workshop: next } = await t.createWorkshop({
      title: 'Oppfølging',
      seriesOf: workshop.id,
      seriesKey: workshop.facilitatorKey,
    });
    const nextHost = await t.facilitator(next);
    // The same indicator id on the new board: its measurements go on in one line.
    await t.act(next.id, nextHost, {
      type: 'recordMeasurement',
      indicatorId: 'ind1',
      value: 41,
      date: '2026-05-01',
      note: 'Mål nådd',
    });
    const series = (await t.get(`/api/workshops/${next.id}/series`, nextHost))
      .json as unknown as SeriesReply;
    const ind1 = series.indicators.find((i) => i.id === 'ind1');
    expect(ind1?.measurements.map((m) => [m.value, m.meetupId])).toEqual([
      [25, workshop.id],
      [41, next.id],
    ]);
    expect(ind1?.status).toBe('reached');
    expect(series.indicators.find((i) => i.id === 'ind2')?.status).toBe('unknown');
    expect(series.actions).toEqual([
      {
        id: 'act1',
        text: 'Åpen hall fredag kveld',
        owner: 'Bydelen',
        dueDate: '2026-03-01',
        meetupId: next.id,
      },
    ]);
  });
});
