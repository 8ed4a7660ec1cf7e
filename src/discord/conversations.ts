/**
 * Conversations the bot keeps: its follow-up threads by thread id, and DMs by channel id — the
 * exchange the next question there is read with, the last answer ("more" pages it), and whether a
 * thread was told to mention the bot. Bounded and in memory, like the answer store: after a restart,
 * a question in an old thread or DM is answered as a new one.
 */
import { RecentEntries, type RecentEntriesOptions } from './recent-entries.ts';

export interface Conversation {
  exchange: readonly string[];
  /** The key of the thread's last answer (answer-store.ts): what "more" in the thread continues. */
  answerKey?: string;
  /** Whether the thread was told that, without the Message Content intent, questions must mention the bot. */
  hinted: boolean;
}

export type ConversationsOptions = RecentEntriesOptions;

/** A thread is archived after a day without messages; a week of remembering covers reopened ones. */
export const DEFAULT_THREAD_CONVERSATIONS: Omit<ConversationsOptions, 'now'> = { maxEntries: 2000, ttlMs: 7 * 24 * 60 * 60 * 1000 };

/** A DM has no thread to mark a conversation: after half an hour without an answer, the next message starts afresh. */
export const DEFAULT_DM_CONVERSATIONS: Omit<ConversationsOptions, 'now'> = { maxEntries: 2000, ttlMs: 30 * 60 * 1000 };

export class Conversations {
  readonly #entries: RecentEntries<Conversation>;

  constructor(options: ConversationsOptions) {
    this.#entries = new RecentEntries(options);
  }

  /** Remember the exchange the conversation's next question is read with, and the answer it follows (kept when it is refreshed). */
  set(id: string, exchange: readonly string[], answerKey?: string): void {
    const hinted = this.get(id)?.hinted ?? false;
    this.#entries.set(id, { exchange: [...exchange], ...(answerKey ? { answerKey } : {}), hinted });
  }

  get(id: string): Conversation | undefined {
    return this.#entries.get(id);
  }

  /** True the first time it is asked for a thread (then the hint is given), false after. */
  hintOnce(id: string): boolean {
    const entry = this.get(id);
    if (!entry) {
      this.set(id, []);
      this.#entries.get(id)!.hinted = true;
      return true;
    }
    if (entry.hinted) return false;
    entry.hinted = true;
    return true;
  }

  get size(): number {
    return this.#entries.size;
  }
}
