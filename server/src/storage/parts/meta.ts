/** Small server-wide settings, e.g. the generated token secret (`storage.meta`). */
export interface MetaStore {
  get(key: string): Promise<string | null>;
  /** Sets `key` unless it exists; returns the value now stored (the winner of a race). */
  setIfAbsent(key: string, value: string): Promise<string>;
}
