/** The corpus vocabulary of an index, built once per index on first need (typo correction, unknown names). */
import type { SearchIndex } from '../index/search-index.ts';
import { isSearchable } from '../index/search-index.ts';
import { vocabularyOf, type Vocabulary } from './spelling.ts';
import { PHRASE_JOINER } from '../index/terms.ts';
import { besideSlots, wordsMeet } from './words-apart.ts';

// Keyed by the records array, like the index's lookups: an index re-wrapped with another manifest shares it.
const cache = new WeakMap<SearchIndex['records'], Vocabulary>();

export function vocabularyFor(index: SearchIndex): Vocabulary {
  let v = cache.get(index.records);
  if (!v) {
    const frequencies = new Map<string, number>();
    for (const r of index.records) {
      if (!isSearchable(r) || !r.terms) continue;
      for (const t of new Set(r.terms.split(' '))) if (!t.includes(PHRASE_JOINER)) frequencies.set(t, (frequencies.get(t) ?? 0) + 1);
    }
    // Headings are not searched, but a name in a title or heading is still "mentioned".
    for (const r of index.records) if (!isSearchable(r)) for (const t of r.text.toLowerCase().split(/\W+/)) if (t && !frequencies.has(t)) frequencies.set(t, 0);
    v = vocabularyOf(frequencies);
    cache.set(index.records, v);
  }
  return v;
}

/**
 * The index's vocabulary, built only when it is needed: a word term the lexical index holds is in
 * the vocabulary, so `has` answers those from the index, and the full vocabulary (a pass over every
 * sentence, a third of a second at 100,000 sentences) is built on the first term it does not hold.
 */
export function indexVocabulary(index: SearchIndex): Vocabulary {
  return {
    has: (t) => (!t.includes(PHRASE_JOINER) && index.lexical.has(t)) || vocabularyFor(index).has(t),
    hasPhrase: (phrase) => phrase.includes(PHRASE_JOINER) && index.lexical.has(phrase),
    meets: (a, b) => wordsMeet([index.lexical.postingSlots(a), index.lexical.postingSlots(b)], besideSlots(index)),
    ofLength: (length) => vocabularyFor(index).ofLength(length),
    frequency: (t) => vocabularyFor(index).frequency(t),
  };
}
