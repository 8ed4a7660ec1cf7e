/**
 * Which words the coverage writes as names: capitalised where they do not open a sentence, in most
 * of the sentences that hold them. A question typed in lower case ("how many votes did sheinbaum
 * win") names things all the same, and the coverage's own spelling says which of its words those are.
 */
import type { SearchIndex } from '../index/search-index.ts';
import { memoPerIndex } from './per-index-memo.ts';
import { isStopWord, terms, tokenTerms, TYPED_TOKEN, typedTokens, words } from '../index/terms.ts';
import { mostOftenVerb } from '../lexicon/wordnet-lexicon.ts';

/** Sentences read per term: a name is capitalised in every one, a common word in few. */
const SAMPLE = 8;
/** Capitalised mid-sentence at least this many times for each time it is not. */
const NAME_RATIO = 4;

/** Whether the index writes the term (a stem) as a name; measured once per index and term. */
export const writtenAsName: (index: SearchIndex, term: string) => boolean = memoPerIndex((index, term) => writesAsName(index.sentencesHolding(term, SAMPLE), term));

/** Whether the index writes the term (a stem) in capitals, as an initialism ("EU", "NATO"); measured once per index and term. */
export const writtenInCapitals: (index: SearchIndex, term: string) => boolean = memoPerIndex((index, term) => writesInCapitals(index.sentencesHolding(term, SAMPLE), term));

/** Whether the sentences write the term in capitals throughout ("EU", "the EU's"), nearly always. Pure. */
export function writesInCapitals(sentences: readonly string[], term: string): boolean {
  return nearlyAlways(sentences, term, true, (token) => {
    const letters = token.replace(/['’]s$/u, '').replace(/[^\p{L}]/gu, '');
    return letters.length >= 2 && !/\p{Ll}/u.test(letters);
  });
}

/** Whether the index writes every term of a word as a name ("Sheinbaum": yes; "President", lower case in "the Mexican president": no). */
export function wordWrittenAsName(index: SearchIndex, word: string): boolean {
  const stems = terms(word);
  return stems.length > 0 && stems.every((t) => writtenAsName(index, t));
}

/** Whether the sentences write the term capitalised where it does not open them, nearly always. Pure. */
export function writesAsName(sentences: readonly string[], term: string): boolean {
  return nearlyAlways(sentences, term, false, (token) => /^\p{Lu}/u.test(token));
}

/**
 * Whether the tokens holding the term are written as `written` says NAME_RATIO times for each time
 * they are not, and at least once; a sentence's first word counts only with `withOpenings` (its
 * capital is its place's).
 */
function nearlyAlways(sentences: readonly string[], term: string, withOpenings: boolean, written: (token: string) => boolean): boolean {
  let so = 0;
  let otherwise = 0;
  for (const text of sentences) {
    typedTokens(text).forEach((token, i) => {
      if ((i === 0 && !withOpenings) || !tokenTerms(token).includes(term)) return;
      if (written(token)) so++;
      else otherwise++;
    });
  }
  return so > 0 && so >= NAME_RATIO * otherwise;
}

/**
 * A question typed all in lower case, with the capitals the coverage gives its names: "how many votes
 * did sheinbaum win" is read as "…did Sheinbaum win" (and "eu" as "EU", an initialism the coverage
 * writes in capitals), so that what a capital says of a name (one the passage lacks, one it swaps for
 * another) holds for a chat's questions too. A question with a capital past its first letter keeps
 * the writer's own. Pure, given whether the coverage writes a term as a name and in capitals.
 */
export function withCorpusCapitals(typed: string, writtenAsName: (term: string) => boolean, writtenInCapitals: (term: string) => boolean = () => false): string {
  // A question In Title Case, or in capitals, is one typed in lower case: its capitals say nothing.
  const text = capitalsSayNothing(typed) ? withoutTitleCapitals(typed) : typed;
  if (text === typed && /\p{Lu}/u.test(text.slice(1))) return text;
  const country = writtenAsName(US_TERM);
  return text.replace(TYPED_TOKEN, (token, at: number) => {
    if (token === 'us') return country && namesTheCountry(text.slice(0, at), text.slice(at + token.length)) ? 'US' : token;
    const stems = terms(token);
    if (stems.length === 0 || !stems.every(writtenAsName)) return token;
    // An initialism as the coverage writes it: "eu" is "EU", not "Eu", a name of another spelling.
    if (stems.length === 1 && writtenInCapitals(stems[0]!)) return token.replace(/^[^'’]+/u, (w) => w.toUpperCase());
    return token[0]!.toUpperCase() + token.slice(1);
  });
}

/**
 * Whether the text is written In Title Case or in capitals, so that a capital says nothing of a name:
 * most words past the first capitalised, and either a function word among them ("What Is The…") or
 * three or more ("Did Sheinbaum Accept US Troops?"). Two names in a short question ("Did Trump call
 * Sheinbaum?") are no title. Pure.
 */
export function capitalsSayNothing(text: string): boolean {
  const tokens = typedTokens(text).slice(1);
  const capitalised = tokens.filter((t) => /^\p{Lu}/u.test(t));
  return capitalised.length * 2 > tokens.length && (capitalised.length >= 3 || capitalised.some((t) => isStopWord(t.toLowerCase())));
}

/** The text with each capitalised word in lower case; in a text written otherwise than all in capitals, an initialism ("US", "UN") keeps them. */
function withoutTitleCapitals(text: string): string {
  if (!/\p{Ll}/u.test(text)) return text.toLowerCase();
  return text.replace(TYPED_TOKEN, (token) => (/\p{Ll}/u.test(token) ? token.toLowerCase() : token));
}

/** The index term of "U.S." and "US" (terms.ts reads "US" in capitals as the country). */
const US_TERM = terms('U.S.')[0]!;

/**
 * "us" typed in lower case is the pronoun after a verb or a preposition ("tell us about", "help us
 * understand") and the country after an article ("did the us offer", "a us invasion") or before a
 * noun or an adjective ("accept us troops", "us military").
 */
function namesTheCountry(before: string, after: string): boolean {
  const previous = words(before).at(-1);
  if (previous === 'the' || previous === 'a' || previous === 'an') return true;
  const next = words(after)[0];
  return next !== undefined && !isStopWord(next) && !mostOftenVerb(next);
}
