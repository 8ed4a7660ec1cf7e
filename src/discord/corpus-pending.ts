/**
 * /corpus actions waiting for a moderator's button: a previewed document to add, a document to
 * remove, a trashed version to restore. Bounded and short-lived; a button whose entry is gone says so. Each entry is taken once,
 * so a double click cannot add a document twice.
 */
import type { Preview, RestorePreview } from '../corpus/admin/corpus-admin.ts';
import { RecentEntries } from './recent-entries.ts';

export type PendingCorpusAction =
  | { kind: 'add'; preview: Preview; userId: string }
  /** Several links' previews, those that would add a document. */
  | { kind: 'add-many'; previews: Preview[]; userId: string }
  | { kind: 'remove'; docId: string; title: string; userId: string }
  | { kind: 'restore'; preview: RestorePreview; userId: string };

export const PENDING_TTL_MS = 15 * 60 * 1000;
const MAX_PENDING = 200;

export class PendingCorpusActions {
  readonly #entries: RecentEntries<PendingCorpusAction>;

  constructor(now: () => number) {
    this.#entries = new RecentEntries({ maxEntries: MAX_PENDING, ttlMs: PENDING_TTL_MS, now });
  }

  put(key: string, action: PendingCorpusAction): void {
    this.#entries.set(key, action);
  }

  /** The action under `key`, removed so it runs once; undefined when unknown or expired. */
  take(key: string): PendingCorpusAction | undefined {
    const action = this.#entries.get(key);
    this.#entries.delete(key);
    return action;
  }
}
