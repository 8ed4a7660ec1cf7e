/**
 * A noun the corpus never uses, read as the more general word the corpus does use: WordNet's
 * hypernyms of the noun's commonly used senses (wordnet-hypernyms-data.ts), "Did MURDERS go down?" of
 * a report saying "HOMICIDES fell 25%", "Is there a DEAL?" of one saying the call "concluded with an
 * AGREEMENT". News writes the general or formal word where members type the particular one; what the
 * coverage says of homicides answers what was asked of murders. As a troponym is read (troponym.ts),
 * and only when the reading is sure:
 * - the word is most often a noun, and names no kind of person: "Who is the ambassador?" asks for
 *   that one, not for any diplomat;
 * - the corpus writes the hypernym as a noun: "communicated" shares a stem with "communication" (of
 *   "language"), and says nothing of it;
 * - the hypernym is rarer in English than the noun: the formal word news writes for the everyday one
 *   ("homicide" for "murder", "agreement" for "deal"), not the broad kind a particular thing belongs to
 *   ("metal" of "iron", "game" of "cricket"), where the coverage's word says nothing of the thing asked;
 * - the hypernym meets another of the question's words in the corpus (words-apart.ts), where the
 *   question has any: "homicides" and "fell" in one sentence;
 * - exactly one of the noun's senses passes ("deal" the transaction or the agreement): of two, which
 *   was meant is a guess.
 * Pure.
 */
import { stem } from '../index/terms.ts';
import { englishSpecificity } from './english-frequency.ts';
import { nounLemma } from '../lexicon/lemma.ts';
import type { Vocabulary } from './spelling.ts';
import { mostOftenNoun } from '../lexicon/wordnet-lexicon.ts';
import { namesPerson } from '../lexicon/person-kinds.ts';
import { lazyListsByWord, termOfOnlyMeaning } from '../lexicon/word-lists.ts';
import { hypernyms as data } from '../lexicon/wordnet-hypernyms-data.ts';

// A noun's hypernyms, one group of lemmas per sense, its first sense first: "transaction,dealing|agreement,understanding".
export const hypernymGroups = lazyListsByWord(data, '|');

/** The corpus term to read the noun as (the most used term of the one sense that passes), or null. */
export function corpusHypernym(
  word: string,
  vocabulary: Pick<Vocabulary, 'frequency' | 'meets' | 'writesNoun'>,
  /** The question's other words' terms that the corpus holds. */
  others: readonly string[],
): string | null {
  const noun = nounLemma(word);
  if (!mostOftenNoun(noun) || namesPerson(noun) || vocabulary.meets === undefined || vocabulary.writesNoun === undefined) return null;
  const own = englishSpecificity(noun, word);
  const meetsOther = (term: string) => others.length === 0 || others.some((o) => o !== term && vocabulary.meets!(term, o));
  const meanings = (hypernymGroups().get(noun) ?? []).map((group) =>
    group.split(',').filter((w) => englishSpecificity(w) > own && vocabulary.writesNoun!(w)).map((w) => stem(w)).filter((t) => meetsOther(t)),
  );
  return termOfOnlyMeaning(meanings, (t) => vocabulary.frequency(t));
}
