import { isIPv6 } from 'node:net';
import { AppError } from '../http/errors.js';

/**
 * How many wrong join codes the server takes, and from whom (JOIN-1).
 *
 * A join code is six characters from 31 (~887 million codes), which is only
 * safe while nobody can try them fast. Two budgets of *failures* (a correct
 * code never counts, so 200 honest people joining from one municipal NAT
 * address in a minute use none of them):
 *
 * - per address (an IPv6 address counts by its /64, what one subscriber
 *   gets): its 21st wrong code within the window is answered 429 with
 *   `Retry-After`, and so is every further one until the window ends;
 * - per workshop, from all addresses together: once a workshop has had
 *   `perWorkshop` wrong codes in its window, joining it by code is refused
 *   (429, `Retry-After`) for everyone until the window ends — right codes too.
 *
 * Why a correct code from an address over its budget still works: one
 * address is often a whole town hall (NAT). Refusing it everything because a
 * few people there mistyped (or one person there is guessing) would lock out
 * everyone else in the room. That leaves a guesser behind such an address an
 * oracle (429 = wrong, 201 = right), but each of those wrong guesses still
 * counts against the workshop's budget, so guessing one workshop's code is
 * bounded by `perWorkshop` a minute however many addresses are used: at 100
 * a minute, 90 days of it (the default retention) try 1.5 % of the codes,
 * and the guesser needs the workshop's id (128 random bits, handed out in the
 * same link as the code) to begin with. The price is that
 * a flood of wrong codes can hold up joining one workshop by code for the
 * rest of a minute; people already in are not affected, and the facilitator
 * sees who is waiting.
 *
 * Looking a code up (`GET /api/join/:code`, the /join page) names no
 * workshop, so no workshop budget bounds it: there an address over its
 * budget is refused every lookup, right or wrong, until its window ends,
 * so it cannot scan for *any* workshop's code. (People in that room can
 * still use the link or the QR code, which carry the workshop.)
 *
 * Counts are kept in this instance's memory: with several instances behind
 * a load balancer each has its own budgets (documented).
 */
export interface JoinAttemptLimits {
  perAddress: number;
  perWorkshop: number;
  windowMs: number;
}

/** The defaults; docs/configuration.md, "Limits at the edge". */
export const JOIN_ATTEMPT_LIMITS: JoinAttemptLimits = {
  perAddress: 20,
  perWorkshop: 100,
  windowMs: 60_000,
};

/** Counters kept at most; expired ones are swept first, so only a flood of addresses reaches it. */
const MAX_COUNTERS = 100_000;

interface Window {
  failures: number;
  endsAt: number;
}

/** Fixed windows of failures per key, starting with the key's first failure. */
class FailureWindows {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly windowMs: number) {}

  /** The key's window if it is still running. */
  current(key: string, now: number): Window | undefined {
    const window = this.windows.get(key);
    if (window && window.endsAt <= now) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }

  /** One more failure; the key's window afterwards. */
  fail(key: string, now: number): Window {
    let window = this.current(key, now);
    if (!window) {
      if (this.windows.size >= MAX_COUNTERS) this.sweep(now);
      window = { failures: 0, endsAt: now + this.windowMs };
      this.windows.set(key, window);
    }
    window.failures++;
    return window;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
    // Still full (a flood from many addresses): forget the oldest half rather than grow.
    if (this.windows.size >= MAX_COUNTERS) {
      let drop = this.windows.size / 2;
      for (const key of this.windows.keys()) {
        if (drop-- <= 0) break;
        this.windows.delete(key);
      }
    }
  }
}

export class JoinAttempts {
  private readonly byAddress: FailureWindows;
  private readonly byWorkshop: FailureWindows;
  private readonly lookups: FailureWindows;

  constructor(
    private readonly limits: JoinAttemptLimits = JOIN_ATTEMPT_LIMITS,
    /** Told once per window when a workshop's budget runs out (an attack, or a wrong code on the projector). */
    private readonly onWorkshopClosed: (workshopId: string) => void = () => {},
  ) {
    this.byAddress = new FailureWindows(limits.windowMs);
    this.byWorkshop = new FailureWindows(limits.windowMs);
    this.lookups = new FailureWindows(limits.windowMs);
  }

  /**
   * Joins `workshopId` with a join code from `address`: refused (429) while
   * the workshop's failure budget is spent; a wrong code counts against both
   * budgets and is answered 429 once the address's is spent. `join` throws
   * `INVALID_JOIN_CODE` for a wrong code.
   */
  async join<T>(address: string, workshopId: string, join: () => Promise<T>, now = Date.now()) {
    const workshop = this.byWorkshop.current(workshopId, now);
    if (workshop && workshop.failures >= this.limits.perWorkshop) {
      throw tooMany('this workshop', workshop, now);
    }
    try {
      return await join();
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'INVALID_JOIN_CODE') throw error;
      if (this.byWorkshop.fail(workshopId, now).failures === this.limits.perWorkshop) {
        this.onWorkshopClosed(workshopId);
      }
      const own = this.byAddress.fail(addressKey(address), now);
      if (own.failures > this.limits.perAddress) throw tooMany('your network', own, now);
      throw error;
    }
  }

  /** Looks a code up from `address`: refused (429) while the address's lookup budget is spent. */
  async lookup<T>(address: string, find: () => Promise<T>, now = Date.now()): Promise<T> {
    const key = addressKey(address);
    const own = this.lookups.current(key, now);
    if (own && own.failures >= this.limits.perAddress) throw tooMany('your network', own, now);
    try {
      return await find();
    } catch (error) {
      if (error instanceof AppError && error.code === 'WORKSHOP_NOT_FOUND') {
        const window = this.lookups.fail(key, now);
        if (window.failures > this.limits.perAddress) throw tooMany('your network', window, now);
      }
      throw error;
    }
  }
}

function tooMany(from: string, window: Window, now: number): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil((window.endsAt - now) / 1000));
  return new AppError(
    'TOO_MANY_JOIN_ATTEMPTS',
    `Too many wrong join codes from ${from}; try again in ${retryAfterSeconds} s`,
    { retryAfterSeconds },
  );
}

/** An IPv4 address as is; an IPv6 one by its /64 (one subscriber's network), IPv4-mapped ones as IPv4. */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = address.includes('::') ? (tail ? tail.split(':') : []) : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array<string>(Math.max(0, missing)).fill('0'), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
