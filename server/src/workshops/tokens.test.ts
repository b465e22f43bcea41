import { createHmac } from 'node:crypto';
import { LIMITS } from '@moteplass/shared';
import { describe, expect, it } from 'vitest';
import { TokenSigner, generateSecret } from './tokens.js';

const claims = {
  workshopId: 'workshop-1',
  participantId: 'participant-1',
  facilitator: false,
  role: 'innbygger' as const,
};
const NOW = 1_750_000_000_000;
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

describe('TokenSigner', () => {
  const signer = new TokenSigner(generateSecret());

  it('verifies what it signed, with the same claims', () => {
    const token = signer.sign(claims, NOW);
    expect(signer.verify(token, NOW)).toEqual({
      ...claims,
      exp: Math.floor(NOW / 1000) + LIMITS.tokenLifetimeSeconds,
    });
    const facilitator = signer.sign({ ...claims, facilitator: true, role: null }, NOW);
    expect(signer.verify(facilitator, NOW)).toMatchObject({ facilitator: true, role: null });
  });

  it('refuses a token whose payload was changed', () => {
    const token = signer.sign(claims, NOW);
    const [body, mac] = token.split('.') as [string, string];
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), f: 1 }),
    ).toString('base64url');
    expect(signer.verify(`${forged}.${mac}`, NOW)).toBeNull();
    const flipped = body.slice(0, -1) + (body.endsWith('A') ? 'B' : 'A');
    expect(signer.verify(`${flipped}.${mac}`, NOW)).toBeNull();
  });

  it('refuses any other spelling of the signature', () => {
    const token = signer.sign(claims, NOW);
    const dot = token.indexOf('.');
    const body = token.slice(0, dot);
    const mac = token.slice(dot + 1);
    for (const char of BASE64URL) {
      if (char === mac.at(-1)) continue;
      expect(
        signer.verify(`${body}.${mac.slice(0, -1)}${char}`, NOW),
        `last char ${char}`,
      ).toBeNull();
    }
    expect(signer.verify(`${body}.${mac.slice(1)}`, NOW)).toBeNull();
    expect(signer.verify(`${token}!`, NOW)).toBeNull();
    expect(signer.verify(`${token}=`, NOW)).toBeNull();
    expect(signer.verify(`${body}.${mac.slice(0, 10)}*${mac.slice(10)}`, NOW)).toBeNull();
  });

  it('refuses a token signed with another secret', () => {
    const other = new TokenSigner(generateSecret());
    expect(signer.verify(other.sign(claims, NOW), NOW)).toBeNull();
  });

  it('refuses an expired token', () => {
    const token = signer.sign(claims, NOW);
    const lifetime = LIMITS.tokenLifetimeSeconds * 1000;
    expect(signer.verify(token, NOW + lifetime - 1000)).not.toBeNull();
    expect(signer.verify(token, NOW + lifetime + 1000)).toBeNull();
  });

  it('refuses garbage', () => {
    for (const garbage of [
      '',
      '.',
      'abc',
      'abc.',
      '.abc',
      'a.b.c',
      'x'.repeat(5000),
      '{"w":"x"}.sig',
    ]) {
      expect(signer.verify(garbage, NOW), garbage.slice(0, 20)).toBeNull();
    }
  });

  it('refuses a correctly signed payload that is not a session', () => {
    const secret = Buffer.alloc(32, 9);
    const known = new TokenSigner(secret);
    const signed = (payload: unknown) => {
      const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
      return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
    };
    const exp = Math.floor(NOW / 1000) + 60;
    expect(known.verify(signed({ w: 'w', p: 'p', f: 0, r: null, exp }), NOW)).not.toBeNull();
    expect(known.verify(signed({ w: 'w', p: 'p', f: 0, r: 'king', exp }), NOW)).toBeNull();
    expect(known.verify(signed({ w: 'w', p: 'p', f: 0, r: null }), NOW)).toBeNull();
    expect(known.verify(signed({ p: 'p', f: 0, r: null, exp }), NOW)).toBeNull();
    expect(known.verify(signed('just a string'), NOW)).toBeNull();
    expect(known.verify(signed(null), NOW)).toBeNull();
  });

  it('needs a secret of at least 32 bytes', () => {
    expect(() => new TokenSigner(Buffer.alloc(31))).toThrow();
    expect(() => new TokenSigner(Buffer.alloc(32, 1))).not.toThrow();
  });
});
