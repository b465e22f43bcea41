import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { LIMITS, isRole, type Role } from '@moteplass/shared';

/**
 * Session tokens: `base64url(payload).base64url(HMAC-SHA256(payload))`.
 * Stateless to verify, so every instance with the same secret accepts them;
 * revocation is checked against storage where it matters.
 */
export interface SessionClaims {
  workshopId: string;
  participantId: string;
  facilitator: boolean;
  role: Role | null;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

interface Payload {
  w: string;
  p: string;
  f: 0 | 1;
  r: Role | null;
  exp: number;
}

export class TokenSigner {
  constructor(private readonly secret: Buffer) {
    if (secret.length < 32) throw new Error('session secret must be at least 32 bytes');
  }

  sign(claims: Omit<SessionClaims, 'exp'>, now = Date.now()): string {
    const payload: Payload = {
      w: claims.workshopId,
      p: claims.participantId,
      f: claims.facilitator ? 1 : 0,
      r: claims.role,
      exp: Math.floor(now / 1000) + LIMITS.tokenLifetimeSeconds,
    };
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  /** The claims of a valid, unexpired token; `null` for anything else. */
  verify(token: string, now = Date.now()): SessionClaims | null {
    const dot = token.indexOf('.');
    if (dot <= 0 || token.length > 1024) return null;
    const body = token.slice(0, dot);
    // Compare the text, not the decoded bytes: Node's base64url decoder skips
    // stray characters and the last character's spare bits, so many spellings
    // of one MAC would otherwise pass as the same token.
    const given = Buffer.from(token.slice(dot + 1));
    const expected = Buffer.from(this.mac(body));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    let payload: Partial<Payload>;
    try {
      payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<Payload>;
    } catch {
      return null;
    }
    if (typeof payload !== 'object' || payload === null) return null;
    if (typeof payload.w !== 'string' || typeof payload.p !== 'string') return null;
    if (typeof payload.exp !== 'number' || payload.exp * 1000 < now) return null;
    if (payload.r !== null && !isRole(payload.r)) return null;
    return {
      workshopId: payload.w,
      participantId: payload.p,
      facilitator: payload.f === 1,
      role: payload.r ?? null,
      exp: payload.exp,
    };
  }

  private mac(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url');
  }
}

/** A fresh secret for a new installation. */
export function generateSecret(): Buffer {
  return randomBytes(32);
}
