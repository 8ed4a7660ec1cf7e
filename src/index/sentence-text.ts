/** What of a sentence is embedded and indexed: the sentence itself, and for a list item its lead-in. */
import type { Sentence } from '../corpus/types.ts';
import { phraseTerms, terms } from './terms.ts';

export function embeddingText(s: Pick<Sentence, 'text' | 'kind' | 'leadIn'>): string {
  return s.kind === 'item' && s.leadIn ? `${s.leadIn} ${s.text}` : s.text;
}

/** Content-word terms, then two-word phrase terms, space-separated, as the lexical index stores them. */
export function indexTerms(s: Pick<Sentence, 'text' | 'kind' | 'leadIn'>): string {
  const text = embeddingText(s);
  return [...terms(text), ...phraseTerms(text)].join(' ');
}
