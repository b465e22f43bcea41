import { describe, expect, it } from 'vitest';
import { AppError } from '../http/errors.js';
import { JoinAttempts, addressKey } from './join-attempts.js';

const wrong = () => Promise.reject(new AppError('INVALID_JOIN_CODE', 'wrong'));
const right = () => Promise.resolve('session');

async function outcome(promise: Promise<unknown>): Promise<string | number | undefined> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return error.code === 'TOO_MANY_JOIN_ATTEMPTS' ? error.retryAfterSeconds : error.code;
  }
}

describe('JOIN-1: join attempt budgets', () => {
  it('says in Retry-After when the address window ends, and forgets it afterwards', async () => {
    const attempts = new JoinAttempts({ perAddress: 2, perWorkshop: 100, windowMs: 60_000 });
    expect(await outcome(attempts.join('a', 'w', wrong, 1_000))).toBe('INVALID_JOIN_CODE');
    expect(await outcome(attempts.join('a', 'w', wrong, 2_000))).toBe('INVALID_JOIN_CODE');
    // The window began with the first failure at 1 s and ends at 61 s.
    expect(await outcome(attempts.join('a', 'w', wrong, 30_500))).toBe(31);
    expect(await outcome(attempts.join('a', 'w', right, 31_000))).toBe('ok');
    expect(await outcome(attempts.join('a', 'w', wrong, 61_000))).toBe('INVALID_JOIN_CODE');
  });

  it('never counts a right code or another error', async () => {
    const attempts = new JoinAttempts({ perAddress: 1, perWorkshop: 1, windowMs: 60_000 });
    for (let i = 0; i < 50; i++)
      expect(await outcome(attempts.join('a', 'w', right, i))).toBe('ok');
    const gone = () => Promise.reject(new AppError('WORKSHOP_NOT_FOUND', 'gone'));
    expect(await outcome(attempts.join('a', 'w', gone, 60))).toBe('WORKSHOP_NOT_FOUND');
    expect(await outcome(attempts.join('a', 'w', right, 61))).toBe('ok');
  });

  it('says once when a workshop is closed to joining by code, and opens it again after the window', async () => {
    const closed: string[] = [];
    const attempts = new JoinAttempts({ perAddress: 100, perWorkshop: 3, windowMs: 60_000 }, (id) =>
      closed.push(id),
    );
    for (let i = 0; i < 3; i++) await outcome(attempts.join(`a${i}`, 'w', wrong, 1_000));
    expect(await outcome(attempts.join('b', 'w', right, 2_000))).toBe(59);
    expect(await outcome(attempts.join('b', 'other', right, 2_000))).toBe('ok');
    expect(closed).toEqual(['w']);
    expect(await outcome(attempts.join('b', 'w', right, 61_000))).toBe('ok');
  });

  it('keys IPv6 addresses by their /64 and IPv4-mapped ones as IPv4', () => {
    expect(addressKey('2001:db8:0:1::5')).toBe('2001:db8:0:1::/64');
    expect(addressKey('2001:0db8:0000:0001:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:0:1::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(addressKey('192.0.2.1')).toBe('192.0.2.1');
  });
});
