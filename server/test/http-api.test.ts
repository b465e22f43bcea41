import {
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  LIMITS,
  type CreateWorkshopReply,
  type SessionReply,
} from '@moteplass/shared';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, startServer } from './helper.js';

let app: FastifyInstance;

beforeEach(async () => {
  ({ app } = await startServer());
});
afterEach(cleanup);

async function request(options: InjectOptions) {
  const response = await app.inject(options);
  const isJson = /application\/json/.test(String(response.headers['content-type']));
  const json: unknown = isJson ? response.json() : undefined;
  return { status: response.statusCode, json, headers: response.headers, body: response.body };
}

async function createWorkshop(body: unknown = { title: 'Skolevei i Vika' }) {
  const { status, json } = await request({
    method: 'POST',
    url: '/api/workshops',
    payload: body as object,
  });
  expect(status).toBe(201);
  return json as CreateWorkshopReply;
}

async function join(workshop: CreateWorkshopReply, body: Record<string, unknown>) {
  return request({ method: 'POST', url: `/api/workshops/${workshop.id}/sessions`, payload: body });
}

async function participantToken(workshop: CreateWorkshopReply): Promise<string> {
  const { status, json } = await join(workshop, { joinCode: workshop.joinCode, role: 'frivillig' });
  expect(status).toBe(201);
  return (json as SessionReply).token;
}

async function facilitatorToken(workshop: CreateWorkshopReply): Promise<string> {
  const { status, json } = await join(workshop, { facilitatorKey: workshop.facilitatorKey });
  expect(status).toBe(201);
  expect(json).toMatchObject({ facilitator: true });
  return (json as SessionReply).token;
}

function action(workshop: CreateWorkshopReply, body: unknown, token?: string) {
  return request({
    method: 'POST',
    url: `/api/workshops/${workshop.id}/actions`,
    payload: body as object,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

const errorWith = (code: string) => ({ error: { code, message: expect.any(String) } });

describe('creating a workshop', () => {
  it('answers 201 with an id, a join code, the facilitator key and both links', async () => {
    const workshop = await createWorkshop({ title: 'Skolevei i Vika', language: 'nn' });

    expect(workshop.id.length).toBeGreaterThanOrEqual(22);
    expect(workshop.joinCode).toHaveLength(JOIN_CODE_LENGTH);
    for (const char of workshop.joinCode) expect(JOIN_CODE_ALPHABET).toContain(char);
    expect(workshop.facilitatorKey.length).toBeGreaterThanOrEqual(22);
    expect(workshop.participantUrl).toContain(workshop.id);
    expect(workshop.participantUrl).toContain(workshop.joinCode);
    expect(workshop.facilitatorUrl).toContain(workshop.id);
    expect(workshop.facilitatorUrl).toContain(workshop.facilitatorKey);

    const summary = await request({ method: 'GET', url: `/api/workshops/${workshop.id}` });
    expect(summary).toMatchObject({
      status: 200,
      json: { id: workshop.id, title: 'Skolevei i Vika', language: 'nn' },
    });
  });

  it('gives every workshop its own id and join code', async () => {
    const first = await createWorkshop();
    const second = await createWorkshop();
    expect(second.id).not.toBe(first.id);
    expect(second.joinCode).not.toBe(first.joinCode);
  });

  it('builds the links on publicUrl when one is configured', async () => {
    ({ app } = await startServer({ publicUrl: 'https://moteplass.kommune.no' }));
    const workshop = await createWorkshop();
    expect(workshop.participantUrl.startsWith('https://moteplass.kommune.no/')).toBe(true);
    expect(workshop.facilitatorUrl.startsWith('https://moteplass.kommune.no/')).toBe(true);
  });

  it.each([
    ['a missing title', {}],
    ['an empty title', { title: '' }],
    ['a title that is too long', { title: 'x'.repeat(LIMITS.titleLength + 1) }],
    ['an unknown field', { title: 'Park', owner: 'kommunen' }],
    ['an unknown language', { title: 'Park', language: 'de' }],
    ['a title that is not a string', { title: 42 }],
  ])('refuses %s with 400 BAD_REQUEST', async (_, body) => {
    const answer = await request({ method: 'POST', url: '/api/workshops', payload: body });
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual(errorWith('BAD_REQUEST'));
  });

  it('INPUT-1: refuses invalid JSON with 400 BAD_REQUEST', async () => {
    const answer = await request({
      method: 'POST',
      url: '/api/workshops',
      headers: { 'content-type': 'application/json' },
      payload: '{"title": "Park"',
    });
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual(errorWith('BAD_REQUEST'));
  });

  it('refuses a body over 1 MiB with 413 PAYLOAD_TOO_LARGE', async () => {
    const answer = await request({
      method: 'POST',
      url: '/api/workshops',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ title: 'Park', caseDescription: 'x'.repeat(LIMITS.httpBodyBytes) }),
    });
    expect(answer.status).toBe(413);
    expect(answer.json).toEqual(errorWith('PAYLOAD_TOO_LARGE'));
  });
});

describe('finding a workshop', () => {
  it('answers 404 WORKSHOP_NOT_FOUND for an unknown id', async () => {
    const answer = await request({ method: 'GET', url: '/api/workshops/AAAAAAAAAAAAAAAAAAAAAA' });
    expect(answer.status).toBe(404);
    expect(answer.json).toEqual(errorWith('WORKSHOP_NOT_FOUND'));
  });

  it('looks a join code up regardless of case, spaces and dashes', async () => {
    const workshop = await createWorkshop();
    const code = workshop.joinCode;
    const typed = [
      code,
      code.toLowerCase(),
      `${code.slice(0, 3)}-${code.slice(3)}`,
      `${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`,
    ];
    for (const variant of typed) {
      const answer = await request({
        method: 'GET',
        url: `/api/join/${encodeURIComponent(variant)}`,
      });
      expect(answer, variant).toMatchObject({ status: 200, json: { id: workshop.id } });
    }
  });

  it('answers 404 for a join code nobody has', async () => {
    await createWorkshop();
    const answer = await request({ method: 'GET', url: '/api/join/ZZZZZZ' });
    // A code of another workshop would be astronomically unlikely to be ZZZZZZ here.
    expect(answer.status).toBe(404);
    expect(answer.json).toEqual(errorWith('WORKSHOP_NOT_FOUND'));
  });
});

describe('joining a workshop', () => {
  it('gives a participant a token and an id; the join code may be typed loosely', async () => {
    const workshop = await createWorkshop();
    const answer = await join(workshop, {
      joinCode: workshop.joinCode.toLowerCase(),
      role: 'innbygger',
      name: 'Kari',
    });
    expect(answer.status).toBe(201);
    expect(answer.json).toEqual({ token: expect.any(String), participantId: expect.any(String) });
  });

  it('refuses a wrong join code with 400 INVALID_JOIN_CODE', async () => {
    const workshop = await createWorkshop();
    const other = await createWorkshop();
    const answer = await join(workshop, { joinCode: other.joinCode, role: 'innbygger' });
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual(errorWith('INVALID_JOIN_CODE'));
  });

  it.each([
    ['an unknown role', { role: 'ordfører' }],
    ['a missing role', {}],
    ['a name that is too long', { role: 'innbygger', name: 'x'.repeat(LIMITS.nameLength + 1) }],
  ])('refuses %s with 400 BAD_REQUEST', async (_, fields) => {
    const workshop = await createWorkshop();
    const answer = await join(workshop, { joinCode: workshop.joinCode, ...fields });
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual(errorWith('BAD_REQUEST'));
  });

  it('refuses a wrong facilitator key with 403 FORBIDDEN', async () => {
    const workshop = await createWorkshop();
    const other = await createWorkshop();
    const answer = await join(workshop, { facilitatorKey: other.facilitatorKey });
    expect(answer.status).toBe(403);
    expect(answer.json).toEqual(errorWith('FORBIDDEN'));
  });

  it('answers 404 WORKSHOP_NOT_FOUND when joining an unknown workshop', async () => {
    const answer = await request({
      method: 'POST',
      url: '/api/workshops/AAAAAAAAAAAAAAAAAAAAAA/sessions',
      payload: { joinCode: 'ABCDEF', role: 'innbygger' },
    });
    expect(answer.status).toBe(404);
    expect(answer.json).toEqual(errorWith('WORKSHOP_NOT_FOUND'));
  });
});

describe('actions', () => {
  it('refuses an action without a token with 401 UNAUTHORIZED', async () => {
    const workshop = await createWorkshop();
    const answer = await action(workshop, { type: 'setPhase', phase: 'design' });
    expect(answer.status).toBe(401);
    expect(answer.json).toEqual(errorWith('UNAUTHORIZED'));
  });

  it('refuses a token of another workshop with 401 UNAUTHORIZED', async () => {
    const workshop = await createWorkshop();
    const other = await createWorkshop();
    const answer = await action(
      workshop,
      { type: 'setPhase', phase: 'design' },
      await facilitatorToken(other),
    );
    expect(answer.status).toBe(401);
  });

  it('refuses setPhase from a participant with 403 FORBIDDEN', async () => {
    const workshop = await createWorkshop();
    const answer = await action(
      workshop,
      { type: 'setPhase', phase: 'design' },
      await participantToken(workshop),
    );
    expect(answer.status).toBe(403);
    expect(answer.json).toEqual(errorWith('FORBIDDEN'));
  });

  it('refuses setPhase to a phase that does not exist with 400 BAD_REQUEST', async () => {
    const workshop = await createWorkshop();
    const answer = await action(
      workshop,
      { type: 'setPhase', phase: 'celebrate' },
      await facilitatorToken(workshop),
    );
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual(errorWith('BAD_REQUEST'));
  });

  it('refuses an unknown action type with 400 UNKNOWN_ACTION', async () => {
    const workshop = await createWorkshop();
    const answer = await action(
      workshop,
      { type: 'dissolveCouncil' },
      await facilitatorToken(workshop),
    );
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual(errorWith('UNKNOWN_ACTION'));
  });

  it('lets the facilitator setPhase: 200 {ok: true}', async () => {
    const workshop = await createWorkshop();
    const answer = await action(
      workshop,
      { type: 'setPhase', phase: 'design' },
      await facilitatorToken(workshop),
    );
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ ok: true });
  });
});

describe('deleting a workshop', () => {
  it('refuses a participant with 403 and leaves the workshop in place', async () => {
    const workshop = await createWorkshop();
    const answer = await request({
      method: 'DELETE',
      url: `/api/workshops/${workshop.id}`,
      headers: { authorization: `Bearer ${await participantToken(workshop)}` },
    });
    expect(answer.status).toBe(403);
    expect(answer.json).toEqual(errorWith('FORBIDDEN'));
    expect((await request({ method: 'GET', url: `/api/workshops/${workshop.id}` })).status).toBe(
      200,
    );
  });

  it('refuses a request without a token with 401', async () => {
    const workshop = await createWorkshop();
    const answer = await request({ method: 'DELETE', url: `/api/workshops/${workshop.id}` });
    expect(answer.status).toBe(401);
  });

  it('lets the facilitator delete it: 204, then the workshop is gone and its tokens are dead', async () => {
    const workshop = await createWorkshop();
    const facilitator = await facilitatorToken(workshop);
    const participant = await participantToken(workshop);

    const answer = await request({
      method: 'DELETE',
      url: `/api/workshops/${workshop.id}`,
      headers: { authorization: `Bearer ${facilitator}` },
    });
    expect(answer.status).toBe(204);
    expect(answer.body).toBe('');

    const summary = await request({ method: 'GET', url: `/api/workshops/${workshop.id}` });
    expect(summary.status).toBe(404);
    expect(summary.json).toEqual(errorWith('WORKSHOP_NOT_FOUND'));
    expect((await request({ method: 'GET', url: `/api/join/${workshop.joinCode}` })).status).toBe(
      404,
    );
    for (const token of [facilitator, participant]) {
      const refused = await action(workshop, { type: 'setPhase', phase: 'design' }, token);
      expect(refused.status).toBe(401);
      expect(refused.json).toEqual(errorWith('UNAUTHORIZED'));
    }
  });
});

describe('the rest of the HTTP surface', () => {
  it('answers an unknown route with 404 JSON', async () => {
    const answer = await request({ method: 'GET', url: '/api/nothing-here' });
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toMatch(/application\/json/);
    expect(answer.json).toEqual(errorWith('NOT_FOUND'));
  });

  it('answers /healthz with {status: "ok"}', async () => {
    const answer = await request({ method: 'GET', url: '/healthz' });
    expect(answer).toMatchObject({ status: 200, json: { status: 'ok' } });
  });

  it('serves Prometheus metrics to the host itself', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/metrics',
      remoteAddress: '127.0.0.1',
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.body).toContain('# TYPE moteplass_connections gauge');
    expect(response.body).toMatch(/^moteplass_connections \d+$/m);
  });

  it('does not serve metrics to other addresses', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/metrics',
      remoteAddress: '10.0.0.7',
    });
    expect(response.statusCode).toBe(403);
  });
});
