/** What the index keeps for every indexed sentence (one slot each). */
import type { SentenceKind } from '../corpus/types.ts';

export interface SentenceRecord {
  slot: number;
  docId: string;
  /** 1-based sentence number in the document. */
  index: number;
  text: string;
  kind: SentenceKind;
  section: string | null;
  block: number;
  leadIn: string | null;
  /** Lexical index terms, space-separated (kept so loading never re-tokenizes). */
  terms: string;
}
