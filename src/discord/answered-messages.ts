/**
 * The bot's replies to members' messages (a DM, a mention, a message in a follow-up thread, a reply to
 * an answer), by the message they answer: a question edited is answered again in the same replies,
 * and a question deleted takes its replies with it, so that a channel never shows an answer to words
 * nobody asked. Bounded and in memory, like the answer store: after a restart, or a day on, an edit
 * or a deletion leaves the replies as they are.
 */
import { RecentEntries, type RecentEntriesOptions } from './recent-entries.ts';

export interface AnsweredMessage {
  channelId: string;
  /** The message's text as answered: an update that leaves it as it was (a link's preview loading, a pin) asks nothing new. */
  content: string;
  /** The bot's replies, in the order sent. */
  replyIds: readonly string[];
  /** What the question was read with when it was first answered: an edit is read with the same, not with its own earlier answer. */
  readWith: { previous?: readonly string[]; continues?: string };
}

export type AnsweredMessagesOptions = RecentEntriesOptions;

/** Typos are mended within minutes and mistaken questions deleted within hours: a day covers both. */
export const DEFAULT_ANSWERED_MESSAGES: Omit<AnsweredMessagesOptions, 'now'> = { maxEntries: 2000, ttlMs: 24 * 60 * 60 * 1000 };

export class AnsweredMessages {
  readonly #entries: RecentEntries<AnsweredMessage>;
  /** First answers still being given, by message: an edit made meanwhile waits for its answer, then answers again. */
  readonly #answering = new Map<string, Promise<void>>();

  constructor(options: AnsweredMessagesOptions) {
    this.#entries = new RecentEntries(options);
  }

  record(messageId: string, entry: AnsweredMessage): void {
    this.#entries.set(messageId, { ...entry, replyIds: [...entry.replyIds] });
  }

  get(messageId: string): AnsweredMessage | undefined {
    return this.#entries.get(messageId);
  }

  /** Marks a message's first answer as under way until `work` settles. */
  answering(messageId: string, work: Promise<void>): void {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.#answering.set(messageId, settled);
    void settled.then(() => {
      if (this.#answering.get(messageId) === settled) this.#answering.delete(messageId);
    });
  }

  /** Resolves once the message's first answer, if one is under way, has been given (or failed). */
  async answered(messageId: string): Promise<void> {
    await this.#answering.get(messageId);
  }

  /** The entry, no longer remembered (the message was deleted). */
  take(messageId: string): AnsweredMessage | undefined {
    const entry = this.#entries.get(messageId);
    this.#entries.delete(messageId);
    return entry;
  }
}
