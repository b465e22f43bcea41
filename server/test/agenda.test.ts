import {
  AGENDA_KEY,
  BREAKOUT_KEY,
  readBreakout,
  CONTROL_ROOT,
  SILENT_WRITING_KEY,
  TIMER_KEY,
  readAgenda,
  readSilentWriting,
  readTimer,
  readOpenVote,
  VOTE_KEY,
  type AgendaStepInput,
  type CreateWorkshopReply,
  type SessionReply,
  type WorkshopExport,
} from '@moteplass/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { equalityWorkshop } from './equality-helper.js';
import {
  cleanup,
  connect,
  createWorkshop,
  joinAsFacilitator,
  postAction,
  waitFor,
  type TestServer,
} from './helper.js';

/**
 * The agenda of a methods-library session (issue 19) through the public API:
 * who may drive it, what a step changes when it starts, the actual times it
 * keeps, and where it goes in the exports and templates (docs/invariants.md,
 * AGENDA-2…AGENDA-5).
 */
afterEach(cleanup);

async function controlOf(server: TestServer, workshopId: string, who: SessionReply) {
  const { doc } = await connect(server.wsUrl, workshopId, 'control', who.token);
  return doc.getMap<unknown>(CONTROL_ROOT);
}

async function exportOf(server: TestServer, workshopId: string, who: SessionReply, format: string) {
  const response = await fetch(`${server.url}/api/workshops/${workshopId}/export.${format}`, {
    headers: { authorization: `Bearer ${who.token}` },
  });
  expect(response.status).toBe(200);
  return response.text();
}

describe('the agenda actions', () => {
  it('AGENDA-2: only the facilitator may set, start, advance and end the agenda', async () => {
    const { act, people } = await equalityWorkshop();
    for (const action of [
      { type: 'setAgenda', methodId: '1-2-4-all' },
      { type: 'startStep', index: 0 },
      { type: 'nextStep' },
      { type: 'endAgenda' },
    ]) {
      const reply = await act(people.kari, action);
      expect(reply.status, action.type).toBe(403);
      expect(reply.body).toMatchObject({ error: { code: 'FORBIDDEN' } });
    }
  });

  it('AGENDA-2: bad input gets a clear error, not a half-set agenda', async () => {
    const { act, people } = await equalityWorkshop();
    const f = people.facilitator;
    expect((await act(f, { type: 'nextStep' })).body).toMatchObject({
      error: { code: 'NO_AGENDA' },
    });
    expect((await act(f, { type: 'setAgenda', methodId: 'no-such-method' })).body).toMatchObject({
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect((await act(f, { type: 'setAgenda' })).status).toBe(400);
    expect((await act(f, { type: 'setAgenda', steps: [{ title: 'x', minutes: 0 }] })).status).toBe(
      400,
    );
    await act(f, { type: 'setAgenda', steps: [{ title: 'Velkommen', minutes: 5 }] });
    expect((await act(f, { type: 'startStep', index: 3 })).status).toBe(400);
    await act(f, { type: 'nextStep' });
    expect((await act(f, { type: 'nextStep' })).body).toMatchObject({
      error: { code: 'NO_NEXT_STEP' },
    });
    expect((await act(f, { type: 'setAgenda', methodId: 'floke' })).body).toMatchObject({
      error: { code: 'AGENDA_RUNNING' },
    });
  });

  it('AGENDA-3: the next step moves the phase, starts its timer and its controls together', async () => {
    const { server, workshop, act, people } = await equalityWorkshop();
    const f = people.facilitator;
    const control = await controlOf(server, workshop.id, f);
    await act(f, { type: 'setAgenda', methodId: 'impact-chain' });
    const agenda = readAgenda(control.get(AGENDA_KEY));
    expect(agenda?.status).toBe('planned');
    expect(agenda?.steps[0]?.title).toBe('Målet: endringen vi vil se');

    const first = await act(f, { type: 'nextStep' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ ok: true, agenda: { status: 'running', current: 0 } });
    await waitFor(() => control.get('phase') === 'produce', 5000, 'the step’s phase');
    const timer = readTimer(control.get(TIMER_KEY));
    expect(timer.status).toBe('running');
    expect(timer.durationMs).toBe(5 * 60_000);

    // The last step of the impact chain is a dot vote with three dots.
    const last = await act(f, { type: 'startStep', index: 5 });
    expect(last.body).toMatchObject({ agenda: { current: 5 } });
    await waitFor(() => readOpenVote(control.get(VOTE_KEY)) !== null, 5000, 'the vote');
    expect(readOpenVote(control.get(VOTE_KEY))).toMatchObject({
      dotsPerParticipant: 3,
      phase: 'produce',
    });
    expect(readTimer(control.get(TIMER_KEY)).durationMs).toBe(7 * 60_000);

    // Ending the agenda closes the vote that step opened.
    await act(f, { type: 'endAgenda' });
    await waitFor(() => readOpenVote(control.get(VOTE_KEY)) === null, 5000, 'vote closed');
    expect(readAgenda(control.get(AGENDA_KEY))).toMatchObject({ status: 'ended', current: null });
  });

  it('AGENDA-3: 1-2-4-All starts silent writing, then reveals it when the pairs begin', async () => {
    const { server, workshop, act, people } = await equalityWorkshop();
    const f = people.facilitator;
    const control = await controlOf(server, workshop.id, f);
    await act(f, { type: 'setAgenda', methodId: '1-2-4-all' });
    await act(f, { type: 'nextStep' });
    await waitFor(() => readSilentWriting(control.get(SILENT_WRITING_KEY)).active !== null);
    expect(readSilentWriting(control.get(SILENT_WRITING_KEY)).active).toMatchObject({
      phase: 'explore',
      reveal: 'attributed',
    });
    const draft = await act(people.kari, {
      type: 'saveDraft',
      text: 'Lys i krysset',
      phase: 'explore',
    });
    expect(draft.status).toBe(200);

    await act(f, { type: 'nextStep' });
    await waitFor(() => readSilentWriting(control.get(SILENT_WRITING_KEY)).active === null);
    expect(readSilentWriting(control.get(SILENT_WRITING_KEY)).lastReveal).toMatchObject({
      notes: 1,
    });

    // Groups of four: the breakout starts through the normal action path (startBreakout).
    const groups = await act(f, { type: 'nextStep' });
    expect(groups.status).toBe(200);
    expect(groups.body).toMatchObject({ agenda: { current: 2 } });
    expect((groups.body as { controls: unknown[] }).controls).toEqual([
      { type: 'startTimer', ok: true },
      { type: 'startBreakout', ok: true },
    ]);
    await waitFor(() => readBreakout(control.get(BREAKOUT_KEY))?.status === 'running');

    // All: the groups come back together.
    await act(f, { type: 'nextStep' });
    await waitFor(() => readBreakout(control.get(BREAKOUT_KEY))?.status !== 'running');
  });

  it('AGENDA-4: each step keeps its actual start and end, the export sets them against the plan', async () => {
    const { server, workshop, act, people } = await equalityWorkshop();
    const f = people.facilitator;
    await act(f, { type: 'setAgenda', methodId: 'dot-vote-and-decide' });
    await act(f, { type: 'nextStep' });
    await act(f, { type: 'nextStep' });
    const control = await controlOf(server, workshop.id, f);
    const agenda = readAgenda(control.get(AGENDA_KEY))!;
    const [first, second, third] = agenda.steps;
    expect(first?.startedAt).toEqual(expect.any(Number));
    expect(first?.endedAt).toBe(second?.startedAt);
    expect(second?.endedAt).toBeNull();
    expect(third?.startedAt).toBeNull();

    const json = JSON.parse(await exportOf(server, workshop.id, f, 'json')) as WorkshopExport;
    expect(json.agenda?.methodId).toBe('dot-vote-and-decide');
    expect(json.agenda?.steps.map((step) => step.minutes)).toEqual([4, 5, 5, 8]);
    expect(json.agenda?.steps[0]?.startedAt).toBe(new Date(first!.startedAt!).toISOString());
    expect(json.agenda?.steps[0]?.endedAt).toBe(new Date(first!.endedAt!).toISOString());
    expect(json.agenda?.steps[2]).not.toHaveProperty('startedAt');

    const markdown = await exportOf(server, workshop.id, f, 'md');
    expect(markdown).toContain('## Agenda');
    expect(markdown).toContain('Metode: Prikkstem og bestem');
    expect(markdown).toMatch(/\| 1\\\. Les forslagene \| – \| 4 min \| 0 min \d\d s \|/);
    expect(markdown).toMatch(/\| 3\\\. Se på resultatet \| – \| 5 min \| ikke kjørt \| – \|/);
  });
});

describe('methods as templates', () => {
  it('AGENDA-5: a workshop created from a method starts with its agenda; a wrong id creates nothing', async () => {
    const { server } = await equalityWorkshop();
    const created = await createWorkshop(server.url, {
      title: 'Floke om skolevei',
      language: 'en',
      method: 'floke',
    });
    const f = await joinAsFacilitator(server.url, created);
    const agenda = readAgenda((await controlOf(server, created.id, f)).get(AGENDA_KEY));
    expect(agenda).toMatchObject({ methodId: 'floke', status: 'planned', current: null });
    expect(agenda?.steps[1]?.title).toBe('Who feels it?');

    const wrong = await fetch(`${server.url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'x', method: 'nope' }),
    });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ error: { code: 'UNKNOWN_METHOD' } });
  });

  it('AGENDA-5: an own agenda saved as a template comes back planned in the new workshop', async () => {
    const { server, workshop, act, people } = await equalityWorkshop();
    const f = people.facilitator;
    const steps: AgendaStepInput[] = [
      { title: 'Velkommen', minutes: 5, prompt: 'Hvem er vi?' },
      {
        title: 'Stille skriving',
        minutes: 4,
        phase: 'design',
        controls: { silentWriting: { reveal: 'anonymous' } },
      },
    ];
    await act(f, { type: 'setAgenda', steps });
    await act(f, { type: 'nextStep' });
    const file = JSON.parse(await exportOf(server, workshop.id, f, 'json')) as WorkshopExport;

    for (const mode of ['template', 'workshop'] as const) {
      const response = await fetch(`${server.url}/api/workshops/import?as=${mode}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(file),
      });
      expect(response.status).toBe(201);
      const copy = (await response.json()) as CreateWorkshopReply;
      const copyFacilitator = await joinAsFacilitator(server.url, copy);
      const agenda = readAgenda(
        (await controlOf(server, copy.id, copyFacilitator)).get(AGENDA_KEY),
      );
      expect(agenda?.steps.map((step) => [step.title, step.minutes, step.phase])).toEqual([
        ['Velkommen', 5, undefined],
        ['Stille skriving', 4, 'design'],
      ]);
      expect(agenda?.steps[1]?.controls).toEqual({ silentWriting: { reveal: 'anonymous' } });
      if (mode === 'template') {
        expect(agenda).toMatchObject({ status: 'planned', current: null });
        expect(agenda?.steps[0]?.startedAt).toBeNull();
        // A planned agenda runs in the new workshop.
        expect(
          (await postAction(server.url, copy.id, copyFacilitator.token, { type: 'nextStep' }))
            .status,
        ).toBe(200);
      } else {
        expect(agenda?.status).toBe('ended');
        expect(agenda?.steps[0]?.startedAt).toBe(Date.parse(file.agenda!.steps[0]!.startedAt!));
      }
    }
  });
});
