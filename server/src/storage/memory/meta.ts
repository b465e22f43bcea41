import type { MetaStore } from '../parts/meta.js';

/** Server-wide settings in a map. */
export class MemoryMeta implements MetaStore {
  private values = new Map<string, string>();

  async get(key: string): Promise<string | null> {
    return this.values.get(key) ?? null;
  }

  async setIfAbsent(key: string, value: string): Promise<string> {
    const existing = this.values.get(key);
    if (existing !== undefined) return existing;
    this.values.set(key, value);
    return value;
  }

  /** Meta is server-wide: deleting a workshop leaves it. */
  deleteWorkshop(): void {}

  clear(): void {
    this.values.clear();
  }
}
