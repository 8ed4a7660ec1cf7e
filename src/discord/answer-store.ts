/**
 * A bounded, in-memory store of recently sent answers, keyed by the id of the interaction or
 * message that asked. Buttons carry only the key; an entry that has expired (or a restart) makes
 * the button say so instead of guessing.
 */
import type { Answer, Citation, Passage, Quoted } from '../engine/types.ts';
import { RecentEntries, type RecentEntriesOptions } from './recent-entries.ts';

export type AnswerSource = 'slash' | 'dm' | 'mention' | 'channel' | 'more' | 'thread' | 'reply' | 'check';

export interface StoredAnswer {
  question: string;
  /** The question's row in the question log (votes refer to it); null when it could not be logged. */
  questionId: number | null;
  /** Offset of the first passage shown (0 for the first page). */
  offset: number;
  /** The passages this message actually showed (after fitting Discord's limits). */
  passages: Passage[];
  answered: boolean;
  confidence: Answer['confidence'];
  /** More passages exist after these. */
  hasMore: boolean;
  ephemeral: boolean;
  source: AnswerSource;
  guildId: string | null;
  /** The questions this one was read with (a follow-up's exchange so far; none for a new question). */
  previous?: readonly string[];
  /** The questions a follow-up to this answer is read with (follow-ups.ts; just `question` when absent). */
  exchange?: readonly string[];
  /** The answer read on from a passage ("What happened next?"): a next "what happened next?" reads on from its last passage. */
  readOn?: true;
  /** The passage a read-on answer followed, for its next page. */
  readFrom?: Pick<Citation, 'docId' | 'sentences'>;
  /** The passages quoted in this answer's exchange, its own last (`quotedAfter`): what "What else…?" after it leaves out. */
  quoted?: readonly Quoted[];
  /** The passages its own question left out (it asked what else), for its next page. */
  leftOut?: readonly Quoted[];
  /** The one document it was asked within (`/ask source:`), for its next page. */
  within?: string;
  /** Votes already recorded for this message, by user id. */
  votes: Map<string, 'up' | 'down'>;
}

export type AnswerStoreOptions = RecentEntriesOptions;

export const DEFAULT_ANSWER_STORE: Omit<AnswerStoreOptions, 'now'> = { maxEntries: 2000, ttlMs: 24 * 60 * 60 * 1000 };

export class AnswerStore {
  readonly #entries: RecentEntries<StoredAnswer>;

  constructor(options: AnswerStoreOptions) {
    this.#entries = new RecentEntries(options);
  }

  set(key: string, entry: Omit<StoredAnswer, 'votes'>): StoredAnswer {
    return this.#entries.set(key, { ...entry, votes: new Map() });
  }

  get(key: string): StoredAnswer | undefined {
    return this.#entries.get(key);
  }

  get size(): number {
    return this.#entries.size;
  }
}
