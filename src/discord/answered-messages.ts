/**
 * The bot's replies to members' messages (a DM, a mention, a message in a follow-up thread, a reply to
 * an answer), by the message they answer: a question edited is answered again in the same replies,
 * and a question deleted takes its replies with it, so that a channel never shows an answer to words
 * nobody asked. Bounded and in memory, like the answer store: after a restart, or a day on, an edit
 * or a deletion leaves the replies as they are.
 */
import { RecentEntries, type RecentEntriesOptions } from './recent-entries.ts';

export interface AnsweredMessage {
  /** The message's text as answered: an update that leaves it as it was (a link's preview loading, a pin) asks nothing new. */
  content: string;
  /** The bot's replies, in the order sent. */
  replyIds: readonly string[];
  /** The question-log rows its questions were logged as (a page of an earlier answer logs none): an edit or a deletion takes them back. */
  questionIds: readonly number[];
  /** What the question was read with when it was first answered: an edit is read with the same, not with its own earlier answer. */
  readWith: { previous?: readonly string[]; continues?: string };
}

/** Typos are mended within minutes and mistaken questions deleted within hours: a day covers both. */
export const DEFAULT_ANSWERED_MESSAGES: Omit<RecentEntriesOptions, 'now'> = { maxEntries: 2000, ttlMs: 24 * 60 * 60 * 1000 };

export class AnsweredMessages {
  readonly #entries: RecentEntries<AnsweredMessage>;
  /** The work under way on each message (its answer, an edit, its deletion), each piece after the one before. */
  readonly #queues = new Map<string, Promise<void>>();

  constructor(options: RecentEntriesOptions) {
    this.#entries = new RecentEntries(options);
  }

  record(messageId: string, entry: AnsweredMessage): void {
    this.#entries.set(messageId, { ...entry, replyIds: [...entry.replyIds], questionIds: [...entry.questionIds] });
  }

  get(messageId: string): AnsweredMessage | undefined {
    return this.#entries.get(messageId);
  }

  /** The entry, no longer remembered (the message was deleted). */
  take(messageId: string): AnsweredMessage | undefined {
    const entry = this.#entries.get(messageId);
    this.#entries.delete(messageId);
    return entry;
  }

  /**
   * Runs `work` on a message once the work before it on that message is done, whatever became of
   * it: a typo mended at once is answered after the first answer is out, two edits in their order,
   * and a deletion after both.
   */
  async inTurn(messageId: string, work: () => Promise<void>): Promise<void> {
    const next = (this.#queues.get(messageId) ?? Promise.resolve()).catch(() => undefined).then(work);
    this.#queues.set(messageId, next);
    try {
      await next;
    } finally {
      if (this.#queues.get(messageId) === next) this.#queues.delete(messageId);
    }
  }
}
