/**
 * /corpus actions waiting for a moderator's button: a previewed document to add, a document to
 * remove, a trashed version to restore. Bounded and short-lived; a button whose entry is gone says so. Each entry is taken once,
 * so a double click cannot add a document twice.
 */
import type { Preview, RestorePreview } from '../corpus/admin/corpus-admin.ts';

export type PendingCorpusAction =
  | { kind: 'add'; preview: Preview; userId: string }
  /** Several links' previews, those that would add a document. */
  | { kind: 'add-many'; previews: Preview[]; userId: string }
  | { kind: 'remove'; docId: string; title: string; userId: string }
  | { kind: 'restore'; preview: RestorePreview; userId: string };

export const PENDING_TTL_MS = 15 * 60 * 1000;
const MAX_PENDING = 200;

export class PendingCorpusActions {
  readonly #entries = new Map<string, { action: PendingCorpusAction; at: number }>();
  readonly #now: () => number;

  constructor(now: () => number) {
    this.#now = now;
  }

  put(key: string, action: PendingCorpusAction): void {
    this.#entries.set(key, { action, at: this.#now() });
    while (this.#entries.size > MAX_PENDING) this.#entries.delete(this.#entries.keys().next().value as string);
  }

  /** The action under `key`, removed so it runs once; undefined when unknown or expired. */
  take(key: string): PendingCorpusAction | undefined {
    const entry = this.#entries.get(key);
    this.#entries.delete(key);
    if (!entry || this.#now() - entry.at > PENDING_TTL_MS) return undefined;
    return entry.action;
  }
}
