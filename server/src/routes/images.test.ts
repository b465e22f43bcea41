import { randomBytes } from 'node:crypto';
import { LIMITS, type CreateWorkshopReply, type SessionReply } from '@moteplass/shared';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../app.js';
import { gifOf, jpegOf, pngOf, webpOf } from '../http/image-fixtures.js';
import { MemoryStorage } from '../storage/index.js';

const PNG = pngOf(800, 600);
const JPEG = jpegOf(4032, 3024);
const GIF = gifOf(1, 1);
const WEBP = webpOf(1600, 1200, 'VP8 ');

let app: FastifyInstance;
let storage: MemoryStorage;

beforeEach(async () => {
  storage = new MemoryStorage();
  app = await buildApp({ storage, sessionSecret: randomBytes(32) });
});
afterEach(async () => {
  await app.close();
});

async function request(options: InjectOptions) {
  const response = await app.inject(options);
  const isJson = /application\/json/.test(String(response.headers['content-type']));
  return {
    status: response.statusCode,
    json: (isJson ? response.json() : undefined) as Record<string, unknown> | undefined,
    headers: response.headers,
    raw: response.rawPayload,
  };
}

async function workshopWithMember() {
  const created = await request({
    method: 'POST',
    url: '/api/workshops',
    payload: { title: 'Flippover fra biblioteket' },
  });
  const workshop = created.json as unknown as CreateWorkshopReply;
  const joined = await request({
    method: 'POST',
    url: `/api/workshops/${workshop.id}/sessions`,
    payload: { joinCode: workshop.joinCode, role: 'innbygger' },
  });
  return { workshop, member: joined.json as unknown as SessionReply };
}

function upload(workshopId: string, body: Buffer, type: string, token?: string) {
  return request({
    method: 'POST',
    url: `/api/workshops/${workshopId}/images`,
    payload: body,
    headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
}

function errorCode(json: Record<string, unknown> | undefined) {
  return (json?.error as { code?: string } | undefined)?.code;
}

describe('POST /api/workshops/:id/images', () => {
  it('stores PNG, JPEG, GIF and WebP from a member and serves them back to members only', async () => {
    const { workshop, member } = await workshopWithMember();
    for (const [bytes, type] of [
      [PNG, 'image/png'],
      [JPEG, 'image/jpeg'],
      [GIF, 'image/gif'],
      [WEBP, 'image/webp'],
    ] as const) {
      const created = await upload(workshop.id, bytes, type, member.token);
      expect(created.status).toBe(201);
      const imageId = created.json?.imageId as string;
      expect(imageId).toMatch(/^[A-Za-z0-9_-]{22}$/);

      const served = await request({
        method: 'GET',
        url: `/api/workshops/${workshop.id}/images/${imageId}`,
        headers: { authorization: `Bearer ${member.token}` },
      });
      expect(served.status).toBe(200);
      expect(served.headers['content-type']).toBe(type);
      expect(served.headers['x-content-type-options']).toBe('nosniff');
      // Stricter than the pages' policy (HTTP-1): an image is never a document.
      expect(served.headers['content-security-policy']).toBe("default-src 'none'");
      expect(served.headers['referrer-policy']).toBe('no-referrer');
      expect(served.headers['cache-control']).toMatch(/max-age=\d{6,}/);
      expect(Buffer.compare(served.raw, bytes)).toBe(0);
    }
  });

  it('accepts the token in the query for an <img> tag', async () => {
    const { workshop, member } = await workshopWithMember();
    const { json } = await upload(workshop.id, PNG, 'image/png', member.token);
    const served = await request({
      method: 'GET',
      url: `/api/workshops/${workshop.id}/images/${json?.imageId as string}?token=${member.token}`,
    });
    expect(served.status).toBe(200);
  });

  it('refuses without a token, with another workshop’s token, and after removal (401)', async () => {
    const { workshop, member } = await workshopWithMember();
    const other = await workshopWithMember();
    expect((await upload(workshop.id, PNG, 'image/png')).status).toBe(401);
    expect((await upload(workshop.id, PNG, 'image/png', other.member.token)).status).toBe(401);

    const { json } = await upload(workshop.id, PNG, 'image/png', member.token);
    const url = `/api/workshops/${workshop.id}/images/${json?.imageId as string}`;
    expect((await request({ method: 'GET', url })).status).toBe(401);
    const foreign = await request({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${other.member.token}` },
    });
    expect(foreign.status).toBe(401);

    const facilitator = await request({
      method: 'POST',
      url: `/api/workshops/${workshop.id}/sessions`,
      payload: { facilitatorKey: workshop.facilitatorKey },
    });
    const removed = await request({
      method: 'POST',
      url: `/api/workshops/${workshop.id}/actions`,
      payload: { type: 'removeParticipant', participantId: member.participantId },
      headers: { authorization: `Bearer ${(facilitator.json as { token: string }).token}` },
    });
    expect(removed.status).toBe(200);
    expect((await upload(workshop.id, PNG, 'image/png', member.token)).status).toBe(401);
    const after = await request({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${member.token}` },
    });
    expect(after.status).toBe(401);
  });

  it('refuses bytes that are not the declared image type (415) and other media types (415)', async () => {
    const { workshop, member } = await workshopWithMember();
    const html = Buffer.from('<html><script>alert(1)</script></html>');
    const lying = await upload(workshop.id, html, 'image/png', member.token);
    expect(lying.status).toBe(415);
    expect(errorCode(lying.json)).toBe('UNSUPPORTED_MEDIA_TYPE');

    const mismatched = await upload(workshop.id, JPEG, 'image/png', member.token);
    expect(errorCode(mismatched.json)).toBe('UNSUPPORTED_MEDIA_TYPE');

    const svg = await upload(workshop.id, Buffer.from('<svg/>'), 'image/svg+xml', member.token);
    expect(svg.status).toBe(415);
    expect(errorCode(svg.json)).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it(`refuses an image over ${LIMITS.imageBytes} bytes (413 PAYLOAD_TOO_LARGE)`, async () => {
    const { workshop, member } = await workshopWithMember();
    // Larger than any JSON body may be, still within the image limit.
    const large = Buffer.concat([PNG, Buffer.alloc(LIMITS.imageBytes - PNG.length)]);
    expect((await upload(workshop.id, large, 'image/png', member.token)).status).toBe(201);
    const big = Buffer.concat([PNG, Buffer.alloc(LIMITS.imageBytes)]);
    const response = await upload(workshop.id, big, 'image/png', member.token);
    expect(response.status).toBe(413);
    expect(errorCode(response.json)).toBe('PAYLOAD_TOO_LARGE');
  });

  it(`refuses an image that would take the workshop over ${LIMITS.workshopImageBytes} bytes (413)`, async () => {
    const { workshop, member } = await workshopWithMember();
    // The quota itself is checked in storage, atomically (storage contract); here: its answer.
    const put = vi.spyOn(storage.images, 'put').mockResolvedValue(false);
    const response = await upload(workshop.id, PNG, 'image/png', member.token);
    expect(put).toHaveBeenCalledWith(expect.objectContaining({ workshopId: workshop.id }), {
      maxWorkshopBytes: LIMITS.workshopImageBytes,
    });
    expect(response.status).toBe(413);
    expect(errorCode(response.json)).toBe('IMAGE_QUOTA_EXCEEDED');
  });

  it('IMAGE-1: refuses a PNG declaring 30000 × 30000 pixels (413 IMAGE_TOO_MANY_PIXELS) before decoding or storing it', async () => {
    const { workshop, member } = await workshopWithMember();
    const put = vi.spyOn(storage.images, 'put');
    const bomb = await upload(workshop.id, pngOf(30_000, 30_000), 'image/png', member.token);
    expect(bomb.status).toBe(413);
    expect(errorCode(bomb.json)).toBe('IMAGE_TOO_MANY_PIXELS');
    for (const [bytes, type] of [
      [jpegOf(65_535, 65_535), 'image/jpeg'],
      [gifOf(1, 1, { width: 60_000, height: 60_000 }), 'image/gif'],
      [webpOf(16_383, 16_383, 'VP8 '), 'image/webp'],
      [webpOf(1, 20_000, 'VP8X'), 'image/webp'],
    ] as const) {
      const answer = await upload(workshop.id, bytes, type, member.token);
      expect(answer.status, type).toBe(413);
    }
    expect(put).not.toHaveBeenCalled();
    // 4096 × 4096 is exactly the limit and is taken.
    expect((await upload(workshop.id, pngOf(4096, 4096), 'image/png', member.token)).status).toBe(
      201,
    );
  });

  it('IMAGE-1: refuses an image whose header does not give its size (400)', async () => {
    const { workshop, member } = await workshopWithMember();
    const cut = await upload(workshop.id, pngOf(10, 10).subarray(0, 18), 'image/png', member.token);
    expect(cut.status).toBe(400);
    const empty = await upload(workshop.id, pngOf(0, 10), 'image/png', member.token);
    expect(empty.status).toBe(400);
  });

  it('answers 404 IMAGE_NOT_FOUND for an unknown image and 400 for a malformed id', async () => {
    const { workshop, member } = await workshopWithMember();
    const headers = { authorization: `Bearer ${member.token}` };
    const unknown = await request({
      method: 'GET',
      url: `/api/workshops/${workshop.id}/images/nosuchimage`,
      headers,
    });
    expect(unknown.status).toBe(404);
    expect(errorCode(unknown.json)).toBe('IMAGE_NOT_FOUND');
    const malformed = await request({
      method: 'GET',
      url: `/api/workshops/${workshop.id}/images/..%2Fetc`,
      headers,
    });
    expect(malformed.status).toBe(400);
  });
});
