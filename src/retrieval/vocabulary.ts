/** The corpus vocabulary of an index, built once per index on first need (typo correction, unknown names). */
import type { SearchIndex } from '../index/search-index.ts';
import { isSearchable } from '../index/search-index.ts';
import { vocabularyOf, type Vocabulary } from './spelling.ts';
import { PHRASE_JOINER, stem, words } from '../index/terms.ts';
import { nounLemma } from '../lexicon/lemma.ts';
import { writtenAsName } from './corpus-names.ts';
import { besideSlots, wordsMeet } from './words-apart.ts';
import { documentSetKey, documentsOfKey, memoPerIndex } from './per-index-memo.ts';

// Keyed by the records array, like the index's lookups: an index re-wrapped with another manifest shares it.
const cache = new WeakMap<SearchIndex['records'], Vocabulary>();

export function vocabularyFor(index: SearchIndex): Vocabulary {
  let v = cache.get(index.records);
  if (!v) cache.set(index.records, (v = vocabularyOf(termFrequencies(index.records))));
  return v;
}

/** How many searchable sentences of `records` use each word term; a word only a heading or title has counts 0. */
function termFrequencies(records: Iterable<SearchIndex['records'][number]>): Map<string, number> {
  const frequencies = new Map<string, number>();
  const headings = [];
  for (const r of records) {
    if (!isSearchable(r)) headings.push(r);
    else if (r.terms) for (const t of new Set(r.terms.split(' '))) if (!t.includes(PHRASE_JOINER)) frequencies.set(t, (frequencies.get(t) ?? 0) + 1);
  }
  // Headings are not searched, but a name in a title or heading is still "mentioned".
  for (const r of headings) for (const t of r.text.toLowerCase().split(/\W+/)) if (t && !frequencies.has(t)) frequencies.set(t, 0);
  return frequencies;
}

/** The words of some documents (`documentSetKey`), counted once per index. */
const ownWords = memoPerIndex((index, key) => vocabularyOf(termFrequencies([...documentsOfKey(key)].flatMap((d) => index.documentSentences(d)))));

/**
 * The vocabulary of some documents of the index: what a question asked within them (`/ask source:`,
 * an outlet it names) reads its words against. A word only other documents use is one these never
 * mention; a typo is corrected to their words. Built once per index and set of documents.
 */
export function documentsVocabulary(index: SearchIndex, documents: ReadonlySet<string>): Vocabulary {
  const words = ownWords(index, documentSetKey(documents));
  const inDocuments = (slot: number) => documents.has(index.documentIds[index.docOfSlot[slot] ?? -1] ?? '');
  return {
    has: (t) => words.has(t),
    hasPhrase: (phrase) => phrase.includes(PHRASE_JOINER) && index.lexical.postingSlots(phrase).some(inDocuments),
    meets: (a, b) => wordsMeet([index.lexical.postingSlots(a).filter(inDocuments), index.lexical.postingSlots(b).filter(inDocuments)], besideSlots(index)),
    ofLength: (length) => words.ofLength(length),
    frequency: (t) => words.frequency(t),
    // Of the whole corpus: `has` has already said these documents use the noun's stem.
    writesNoun: (noun) => writesNoun(index, noun),
    writesAsName: (term) => writtenAsName(index, term),
  };
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
    writesNoun: (noun) => writesNoun(index, noun),
    writesAsName: (term) => writtenAsName(index, term),
  };
}

// Enough sentences to meet the noun among a stem's other words; asked only of a word the question reads through WordNet.
const NOUN_SEARCH_SENTENCES = 50;

function writesNoun(index: SearchIndex, noun: string): boolean {
  const term = stem(noun);
  return index.sentencesHolding(term, NOUN_SEARCH_SENTENCES).some((text) => words(text).some((w) => stem(w) === term && nounLemma(w) === noun));
}
