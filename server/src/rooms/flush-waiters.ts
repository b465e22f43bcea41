/** Those waiting until a room's changes are stored: told together, stored or not. */
export class FlushWaiters {
  private waiters: { resolve: () => void; reject: (error: Error) => void }[] = [];

  wait(): Promise<void> {
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  /** Resolve every waiter, or reject them all with `error`. */
  settle(error: Error | null): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) {
      if (error) waiter.reject(error);
      else waiter.resolve();
    }
  }
}
