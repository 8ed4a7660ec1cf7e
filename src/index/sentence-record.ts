/** What the index keeps for every indexed sentence (one slot each): the sentence and its index terms. */
import type { Sentence } from '../corpus/types.ts';

export interface SentenceRecord extends Sentence {
  slot: number;
  /** Lexical index terms, space-separated (kept so loading never re-tokenizes). */
  terms: string;
}
