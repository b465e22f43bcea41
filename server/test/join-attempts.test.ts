import type { CreateWorkshopReply } from '@moteplass/shared';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOIN_ATTEMPT_LIMITS } from '../src/workshops/join-attempts.js';
import { cleanup, startServer } from './helper.js';

/**
 * JOIN-1 over HTTP: wrong join codes are limited per address and per
 * workshop with a 429 that says when to try again; right codes are never
 * counted, so a room full of people behind one address all get in.
 */
let app: FastifyInstance;

beforeEach(async () => {
  ({ app } = await startServer());
});
afterEach(cleanup);

const { perAddress, perWorkshop } = JOIN_ATTEMPT_LIMITS;

async function createWorkshop(): Promise<CreateWorkshopReply> {
  const answer = await app.inject({
    method: 'POST',
    url: '/api/workshops',
    payload: { title: 'Ny skolevei' },
  });
  expect(answer.statusCode).toBe(201);
  return answer.json<CreateWorkshopReply>();
}

/** A code of the right shape that is not the workshop's. */
function wrongCode(workshop: CreateWorkshopReply, n: number): string {
  const code = `ZZ${String(n).padStart(4, '2').replace(/[01]/g, '9')}`.slice(0, 6);
  return code === workshop.joinCode ? 'YYYYYY' : code;
}

function join(workshop: CreateWorkshopReply, joinCode: string, address = '198.51.100.7') {
  return app.inject({
    method: 'POST',
    url: `/api/workshops/${workshop.id}/sessions`,
    payload: { joinCode, role: 'innbygger' },
    remoteAddress: address,
  });
}

function lookup(code: string, address = '198.51.100.7') {
  return app.inject({ method: 'GET', url: `/api/join/${code}`, remoteAddress: address });
}

function expectTooMany(answer: Awaited<ReturnType<typeof join>>) {
  expect(answer.statusCode).toBe(429);
  expect(answer.json()).toMatchObject({ error: { code: 'TOO_MANY_JOIN_ATTEMPTS' } });
  const retryAfter = Number(answer.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
}

describe('JOIN-1: wrong join codes are limited, right ones are not', () => {
  it('answers 429 with Retry-After to the wrong code past the address budget; a right code still gets in', async () => {
    const workshop = await createWorkshop();
    for (let i = 0; i < perAddress; i++) {
      const answer = await join(workshop, wrongCode(workshop, i));
      expect(answer.statusCode, `attempt ${i + 1}`).toBe(400);
    }
    expectTooMany(await join(workshop, wrongCode(workshop, 99)));
    // Someone else in the same town hall, with the code from the projector.
    expect((await join(workshop, workshop.joinCode)).statusCode).toBe(201);
    // Another address is not held up by this one.
    expect((await join(workshop, wrongCode(workshop, 1), '203.0.113.9')).statusCode).toBe(400);
  });

  it('lets 200 people behind one NAT address join with the right code', async () => {
    const workshop = await createWorkshop();
    for (let i = 0; i < 200; i++) {
      // A few of them mistype first, as people do.
      if (i % 20 === 0) expect((await join(workshop, wrongCode(workshop, i))).statusCode).toBe(400);
      expect((await join(workshop, workshop.joinCode.toLowerCase())).statusCode).toBe(201);
    }
  });

  it('closes a workshop to joining by code once it has had its budget of wrong codes from many addresses', async () => {
    const workshop = await createWorkshop();
    const other = await createWorkshop();
    for (let i = 0; i < perWorkshop; i++) {
      const answer = await join(workshop, wrongCode(workshop, i), `10.0.${i >> 8}.${i & 255}`);
      expect(answer.statusCode).toBe(400);
    }
    // Now even the right code waits, from an address that never failed...
    expectTooMany(await join(workshop, workshop.joinCode, '192.0.2.50'));
    // ...while other workshops and the facilitator are not affected.
    expect((await join(other, other.joinCode, '192.0.2.50')).statusCode).toBe(201);
    const facilitator = await app.inject({
      method: 'POST',
      url: `/api/workshops/${workshop.id}/sessions`,
      payload: { facilitatorKey: workshop.facilitatorKey },
    });
    expect(facilitator.statusCode).toBe(201);
  });

  it('refuses every lookup from an address past its budget of unknown codes, so it cannot scan', async () => {
    const workshop = await createWorkshop();
    for (let i = 0; i < perAddress; i++) {
      expect((await lookup(wrongCode(workshop, i))).statusCode).toBe(404);
    }
    expectTooMany(await lookup(wrongCode(workshop, 98)));
    // A right code too: otherwise 404 against 200 would still tell codes apart.
    expectTooMany(await lookup(workshop.joinCode));
    expect((await lookup(workshop.joinCode, '203.0.113.9')).statusCode).toBe(200);
  });

  it('counts an IPv6 subscriber by its /64', async () => {
    const workshop = await createWorkshop();
    for (let i = 0; i < perAddress; i++) {
      expect((await lookup(wrongCode(workshop, i), `2001:db8:1:2::${i + 1}`)).statusCode).toBe(404);
    }
    expectTooMany(await lookup(workshop.joinCode, '2001:db8:1:2:ffff::1'));
    expect((await lookup(workshop.joinCode, '2001:db8:1:3::1')).statusCode).toBe(200);
  });
});
