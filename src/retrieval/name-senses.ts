/**
 * A name is not the common word it is spelled like: "Who did Trump speak with?" asks about the
 * president, not "the trump of God"; "Rice", "Pence", "Turkey" likewise. Stems join them, so in a
 * corpus where one document writes the word as a name and another only as a common word, a question
 * that writes it as a name (capitalised past its first word) finds nothing of it in the second.
 *
 * A document writes the question's word as a name when it writes it as the question does, letter
 * for letter, capitalised mid-sentence and as a run's last word ("Donald Trump", "the Lisbon Treaty"),
 * at least NAME_RATIO times as often as it writes its stem in lower case; a title before a name
 * ("President Maduro", "the President of Harvard") is no such use, so "President" stays one word
 * everywhere, and "Gates" names nobody called "Gate" (a question may capitalise what it takes for a
 * name, "the Gate", where the text writes "the gate of King Hugo"). A document that never
 * capitalises the stem mid-sentence writes another word. Pure, given the index.
 */
import type { SearchIndex } from '../index/search-index.ts';
import { terms, tokenTerms, typedTokens } from '../index/terms.ts';
import { capitalsSayNothing } from './corpus-names.ts';
import { memoPerIndex } from './per-index-memo.ts';

/** Names told apart per question, at most. */
const MAX_NAMES = 8;
/** A name's uses outnumber its lower-case ones at least this many times in a document that names it. */
const NAME_RATIO = 4;
/** Postings read per term (~4 µs each, once per index and name): a name in more sentences than this dominates its common word anyway. */
const MAX_POSTINGS = 2_000;

/** Lower case without accents, as terms are ("Céloron" → "celoron"). */
const plain = (token: string) => (/^[\x00-\x7f]*$/.test(token) ? token : token.normalize('NFD').replace(/\p{M}/gu, '')).toLowerCase();

/** A token as a name: without the punctuation after it and a possessive ("Trump's," → "Trump"). */
const bare = (token: string) => token.replace(/[^\p{L}\p{N}]+$/u, '').replace(/['’]s$/u, '');

/** How a sentence, or a document's sentences, write the term past their first word: as the name, capitalised at all, in lower case. */
interface Uses {
  asName: number;
  lower: number;
  capitalised: number;
}

/** How one sentence writes the term: as the name `name` (a run's last word), capitalised at all, in lower case (past its first word). Pure. */
export function usesIn(sentence: string, term: string, name: string): Uses {
  const tokens = typedTokens(sentence);
  const out: Uses = { asName: 0, lower: 0, capitalised: 0 };
  // A word of the term begins as it does (stems keep a word's first letters): the others need no stemming.
  const start = term.slice(0, 3);
  tokens.forEach((token, i) => {
    if (i === 0 || !plain(token).startsWith(start) || !tokenTerms(token).includes(term)) return;
    if (!/^\p{Lu}/u.test(token)) {
      out.lower++;
      return;
    }
    out.capitalised++;
    const next = tokens[i + 1];
    const continues = next !== undefined && (/^\p{Lu}/u.test(next) || (next === 'of' && /^\p{Lu}/u.test(tokens[i + 2] ?? '')));
    if (!continues && bare(token) === name) out.asName++;
  });
  return out;
}

/**
 * The documents (by number) that write the term only as a common word, when another writes it as a
 * name; else none. Pure over the uses per document.
 */
export function commonWordDocuments(uses: ReadonlyMap<number, Uses>): Set<number> {
  const named = [...uses.values()].some((u) => u.asName > 0 && u.asName >= NAME_RATIO * u.lower);
  const out = new Set<number>();
  if (!named) return out;
  for (const [d, u] of uses) if (u.capitalised === 0 && u.lower > 0) out.add(d);
  return out;
}

// Keyed by the name as written: its term is the stem of its lower case.
const documentsWithCommonWord = memoPerIndex((index: SearchIndex, name: string): ReadonlySet<number> => {
  const term = terms(name)[0] ?? '';
  const postings = index.lexical.postingSlots(term);
  // In one document there is nothing to tell apart.
  if (postings.length === 0 || postings.length > MAX_POSTINGS || postings.every((slot) => index.docOfSlot[slot] === index.docOfSlot[postings[0]!])) return new Set();
  const uses = new Map<number, Uses>();
  for (const slot of postings) {
    const d = index.docOfSlot[slot] ?? -1;
    const text = index.record(slot)?.text;
    if (d < 0 || text === undefined) continue;
    const u = usesIn(text, term, name);
    const total = uses.get(d) ?? { asName: 0, lower: 0, capitalised: 0 };
    uses.set(d, { asName: total.asName + u.asName, lower: total.lower + u.lower, capitalised: total.capitalised + u.capitalised });
  }
  return commonWordDocuments(uses);
});

/**
 * For each of the question's terms (same order), the documents (by number) where it is another word
 * than the name the question writes; undefined for a term the question does not write as a name.
 * `typed` are the texts as the member typed them (a follow-up and the question before it): only
 * their capitals say "name", not those the engine gives a chat typed in lower case.
 */
export function otherSenseDocuments(index: SearchIndex, typed: readonly string[], questionTerms: readonly string[]): (ReadonlySet<number> | undefined)[] {
  // Each term the question writes as a name, with the name as written ("Trump's" → "Trump").
  const named = new Map<string, string>();
  for (const text of typed) {
    if (capitalsSayNothing(text)) continue;
    const tokens = typedTokens(text);
    tokens.forEach((token, i) => {
      const stems = terms(token);
      if (i > 0 && /^\p{Lu}\p{Ll}/u.test(token) && stems.length === 1) named.set(stems[0]!, bare(token));
    });
  }
  let checked = 0;
  return questionTerms.map((t) => {
    const name = named.get(t);
    // A question is about a few names: a pasted list of them is not read a posting list each.
    if (name === undefined || checked++ >= MAX_NAMES) return undefined;
    const docs = documentsWithCommonWord(index, name);
    return docs.size ? docs : undefined;
  });
}
