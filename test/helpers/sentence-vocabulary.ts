import { phraseTerms, terms } from '../../src/index/terms.ts';
import { vocabularyOf, type Vocabulary } from '../../src/retrieval/spelling.ts';

/** The vocabulary of a corpus of these sentences as the index holds it: its terms, counted by sentence, and its phrase terms. */
export function sentenceVocabulary(sentences: readonly string[]): Vocabulary & { hasPhrase: (phrase: string) => boolean } {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const t of new Set(terms(s))) counts.set(t, (counts.get(t) ?? 0) + 1);
  const phrases = new Set(sentences.flatMap((s) => phraseTerms(s)));
  return { ...vocabularyOf(counts), hasPhrase: (p: string) => phrases.has(p) };
}
