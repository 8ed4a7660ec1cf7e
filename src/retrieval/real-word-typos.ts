/**
 * A question word the corpus never uses is read as a typo of a corpus term a letter or two away
 * ("phnoe" → "phone"). When the word is itself an everyday English word, that is most often wrong:
 * "planet" is no typo of "plants", "powder" none of "power", "latest" none of "latent". It is right for
 * another spelling of the same word ("behavior" / "behaviour", "meters" / "metres", "Frenchman" /
 * "Frenchmen"), and those are near neighbours in the embedding, where the others are not. So such a
 * correction stands only when the two words are neighbours (cosine at or above the model's measured
 * cutoff, word-vectors.ts); otherwise the word is read as typed, a word the corpus never uses.
 */
import type { SearchIndex } from '../index/search-index.ts';
import { bareToken, stem, typedTokens, words } from '../index/terms.ts';
import { cosine, type WordVectors } from '../embedding/word-vectors.ts';
import { isCommonEnglishWord } from './english-frequency.ts';
import type { Question } from './question.ts';

/**
 * How the corpus writes the word an index term stands for, capitals and accents kept ("Marco",
 * "Céloron"): the first one in a sentence holding it — the token itself when it is that one word, else
 * the word within it ("Lithuanian" of "Polish-Lithuanian").
 */
export function corpusSpellingFor(index: SearchIndex, term: string): string | null {
  for (const text of index.sentencesHolding(term, 3)) {
    for (const token of typedTokens(text)) {
      const ws = words(token);
      const at = ws.findIndex((w) => stem(w) === term);
      if (at < 0) continue;
      if (ws.length === 1) return bareToken(token);
      const pieces = token.match(/[\p{L}\p{N}]+/gu) ?? [];
      return pieces.length === ws.length ? pieces[at]! : ws[at]!;
    }
  }
  return null;
}

/** A word of the corpus that the index term stands for, lower-cased and accent-free (`corpusSpellingFor` as `words` reads it). */
export function corpusWordFor(index: SearchIndex, term: string): string | null {
  return plainWord(corpusSpellingFor(index, term), term);
}

/** A spelling of the term's word as `words` reads it ("Céloron" → "celoron"). */
export function plainWord(spelling: string | null, term: string): string | null {
  return spelling === null ? null : (words(spelling).find((w) => stem(w) === term) ?? null);
}

/** Question words corrected as typos although they are everyday English words that mean something else than the correction. */
export async function wrongRealWordCorrections(index: SearchIndex, question: Question, wordVectors: WordVectors): Promise<Set<string>> {
  const doubtful = question.content.flatMap((c) => {
    if (!c.typo || !isCommonEnglishWord(c.word)) return [];
    const meant = corpusWordFor(index, c.term);
    return meant ? [{ typed: c.word, meant }] : [];
  });
  if (doubtful.length === 0) return new Set();
  await wordVectors.ensure(doubtful.flatMap((d) => [d.typed, d.meant]));
  const cutoff = await wordVectors.cutoff();
  const wrong = new Set<string>();
  for (const { typed, meant } of doubtful) {
    const a = wordVectors.get(typed);
    const b = wordVectors.get(meant);
    // A word the model does not know gives no evidence either way: the correction stands.
    if (a && b && cosine(a, b) < cutoff) wrong.add(typed);
  }
  return wrong;
}
