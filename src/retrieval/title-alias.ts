/**
 * News names a person in full once, with their title ("American President Donald Trump"), and then
 * by the title alone: "The U.S. president had publicly repeated accusations…". A question naming
 * the person ("What did Trump say about the cartels?") is about that sentence too, which never
 * writes the name. The titles a document gives a name are read off its own sentences, and a
 * sentence of that document saying "the <title>" holds the name for paraphrase matching
 * (soft-match.ts), as "homicide" holds "murders". Titles are compared word by word with
 * `titleKey`, which "Who is the president of Mexico?" uses too (identity-question.ts). Pure, given
 * the index.
 */
import { stem, TYPED_TOKEN, tokenTerms, words } from '../index/terms.ts';
import type { SearchIndex } from '../index/search-index.ts';
import { memoPerIndex } from './per-index-memo.ts';
import { mostOftenNoun, wordnetLexicon } from '../lexicon/wordnet-lexicon.ts';
import { nameOfAdjective } from './derivation.ts';

/**
 * A word of a title as compared: its stem, but a country as one key whether written as a name or as
 * its adjective ("Mexican" and "Mexico" → mexico; "U.S.", "US", "American" → america), without a
 * possessive's "'s".
 */
export function titleKey(token: string): string {
  const word = words(token.replace(/['’]s?$/u, '')).join('');
  if (US.has(word)) return 'america';
  return nameOfAdjective(word) ?? stem(word);
}
const US = new Set(['us', 'usa', 'america', 'american']);

/** The longest title looked for before a name ("U.S. Secretary of State"). */
const MAX_TITLE_WORDS = 5;

/**
 * The titles `sentences` (one document's) write right before the name whose index term is
 * `nameTerm`, each as title keys (`titleKey`): "American President Donald Trump" → america, presid.
 * A title is the run of capitalised words ("of" inside it) before the name, up to its last common
 * noun: "Donald" is no noun, so it is the first name, not the title.
 */
export function titlesOf(sentences: readonly string[], nameTerm: string): string[][] {
  const lexicon = wordnetLexicon();
  // "Despite Trump's…" opens with a word WordNet lists as a noun too; a first name that is also one
  // ("Mark") makes a title no sentence writes after "the", which is harmless.
  const isCommonNoun = (word: string) => lexicon.words.noun.has(word) && mostOftenNoun(word, lexicon);
  const found = new Map<string, string[]>();
  for (const sentence of sentences) {
    const tokens = [...sentence.matchAll(TYPED_TOKEN)].map((m) => m[0]);
    tokens.forEach((token, i) => {
      if (!/^\p{Lu}/u.test(token) || tokenTerms(token)[0] !== nameTerm) return;
      let start = i;
      while (start > 0 && i - start < MAX_TITLE_WORDS + 2 && (/^\p{Lu}/u.test(tokens[start - 1]!) || (tokens[start - 1] === 'of' && start - 1 > 0 && /^\p{Lu}/u.test(tokens[start - 2]!)))) start--;
      let end = i; // the title is tokens[start, end)
      while (end > start && !isCommonNoun(tokens[end - 1]!.toLowerCase())) end--;
      if (end <= start || end - start > MAX_TITLE_WORDS) return;
      const title = tokens.slice(start, end).map(titleKey);
      found.set(title.join(' '), title);
    });
  }
  return [...found.values()];
}

/**
 * Whether the sentence refers to someone by one of `titles` — "the" and the title, in any case, with
 * no name right after it ("the U.S. president had…", not "the U.S. President Donald Trump…", which
 * names whom it means).
 */
export function refersByTitle(sentence: string, titles: readonly (readonly string[])[]): boolean {
  if (titles.length === 0) return false;
  const { keys, nameAfter } = titleTokens(sentence);
  return titles.some((title) => keys.some((key, i) => key === 'the' && title.every((t, k) => keys[i + 1 + k] === t) && !nameAfter(i + title.length)));
}

/**
 * A sentence's words as title keys, and whether a name follows the word at `last` with only a space
 * between ("President Donald…"; not "president, Trump…"): a title names its holder only so.
 */
export function titleTokens(sentence: string): { keys: string[]; nameAfter: (last: number) => boolean } {
  const tokens = [...sentence.matchAll(TYPED_TOKEN)];
  return {
    keys: tokens.map((m) => titleKey(m[0])),
    nameAfter: (last) => {
      const word = tokens[last];
      const next = tokens[last + 1];
      return word !== undefined && next !== undefined && /^\p{Lu}\p{Ll}/u.test(next[0]) && /^\s+$/.test(sentence.slice(word.index + word[0].length, next.index));
    },
  };
}

/** The sentences holding a name (an index term), by document: one pass over its postings per index. */
const namingSentences = memoPerIndex((index, nameTerm) => {
  const byDocument = new Map<string, string[]>();
  for (const slot of index.lexical.postingSlots(nameTerm)) {
    const record = index.record(slot);
    if (!record) continue;
    const texts = byDocument.get(record.docId);
    if (texts) texts.push(record.text);
    else byDocument.set(record.docId, [record.text]);
  }
  return byDocument;
});

/** `titlesOf` one document of the index, for a name's index term; measured once per (document, name). */
const documentTitles = memoPerIndex((index, key) => {
  const [docId, nameTerm] = key.split('\u0000') as [string, string];
  return titlesOf(namingSentences(index, nameTerm).get(docId) ?? [], nameTerm);
});

/** Of the names (index terms), those the text of document `docId` refers to by a title the document gives them. */
export function namesByTitle(index: SearchIndex, docId: string, text: string, names: readonly string[]): string[] {
  return names.filter((name) => refersByTitle(text, documentTitles(index, `${docId}\u0000${name}`)));
}
