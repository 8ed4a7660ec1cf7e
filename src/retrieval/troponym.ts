/**
 * A verb the corpus never uses, read as a particular way of saying it that the corpus does use:
 * WordNet's troponyms of the verb's first sense (wordnet-troponyms-data.ts), "How did the call END?"
 * of an article that says "The call CONCLUDED with…". As a derivational relative is read (question.ts),
 * and only when the reading is sure:
 * - the word is the question's verb (question-verbs.ts);
 * - the troponym is rarer in English than the verb: a particular manner of doing it, where a commoner
 *   word listed ("go" of "end") is another sense the question did not mean;
 * - it is a verb more often than a noun: the corpus's "military ACTION" says nothing of "finish";
 * - it meets another of the question's words in the corpus (words-apart.ts): "concluded" and "call"
 *   in one sentence;
 * - exactly one troponym meaning passes (one synset, "conclude, close"): of two, which was meant is a guess.
 * Pure.
 */
import { stem } from '../index/terms.ts';
import { englishSpecificity } from './english-frequency.ts';
import { verbLemma } from '../lexicon/lemma.ts';
import type { Vocabulary } from './spelling.ts';
import { mostOftenNoun } from '../lexicon/wordnet-lexicon.ts';
import { lazyListsByWord, termOfOnlyMeaning } from '../lexicon/word-lists.ts';
import { troponyms as data } from '../lexicon/wordnet-troponyms-data.ts';

// A verb's troponyms, one group of lemmas per meaning: "conclude,close|lapse".
const groupsOf = lazyListsByWord(data, '|');

function troponymsOf(verb: string): string[][] {
  return (groupsOf().get(verb) ?? []).map((g) => g.split(','));
}

/** The corpus term to read the verb as (the most used term of the one troponym meaning that passes), or null. */
export function corpusTroponym(
  word: string,
  vocabulary: Pick<Vocabulary, 'has' | 'frequency' | 'meets'>,
  /** The question's other words' terms that the corpus holds. */
  others: readonly string[],
): string | null {
  const verb = verbLemma(word);
  const own = englishSpecificity(verb, word);
  const meetsOther = (term: string) => vocabulary.meets !== undefined && others.some((o) => o !== term && vocabulary.meets!(term, o));
  const meanings = troponymsOf(verb).map((group) =>
    group.filter((w) => englishSpecificity(w) > own && !mostOftenNoun(w)).map((w) => stem(w)).filter((t) => vocabulary.has(t) && meetsOther(t)),
  );
  return termOfOnlyMeaning(meanings, (t) => vocabulary.frequency(t));
}
