/**
 * What the bot remembers of recent exchanges (answers for their buttons, conversations, replies by
 * the message they answer): in memory, at most `maxEntries` (the oldest set goes first) and for
 * `ttlMs` from when each was set. A restart forgets them, which every user of it allows for.
 */
export interface RecentEntriesOptions {
  maxEntries: number;
  ttlMs: number;
  now: () => number;
}

export class RecentEntries<T> {
  readonly #entries = new Map<string, { value: T; storedAt: number }>();

  constructor(private readonly options: RecentEntriesOptions) {}

  /** Sets it anew: counted from now, and as the newest. */
  set(key: string, value: T): T {
    this.#entries.delete(key);
    this.#entries.set(key, { value, storedAt: this.options.now() });
    while (this.#entries.size > this.options.maxEntries) this.#entries.delete(this.#entries.keys().next().value as string);
    return value;
  }

  get(key: string): T | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (this.options.now() - entry.storedAt > this.options.ttlMs) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  get size(): number {
    return this.#entries.size;
  }
}
