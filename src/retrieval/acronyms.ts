/**
 * Abbreviations the coverage writes out: a question about "WWII", the "AAA" or "NY" finds the
 * coverage's "World War II", "American Automobile Association", "New York". A run of capitalised
 * words in the coverage ("Organization of Arab Petroleum Exporting Countries", small words inside
 * left out) gives the abbreviation of its initials, with a numeral after it kept ("World War II":
 * WWII). A question's word in capitals that the coverage never uses, and that such a run abbreviates,
 * is read as the run.
 */
import type { WordRead } from '../engine/types.ts';
import type { SearchIndex } from '../index/search-index.ts';
import { isStopWord } from '../index/terms.ts';
import { isCommonEnglishWord } from './english-frequency.ts';
import { memoPerIndex } from './per-index-memo.ts';
import { lazyListsByWord } from '../lexicon/word-lists.ts';
import { initialisms } from '../lexicon/wordnet-initialisms-data.ts';

/** Small words that may stand inside a name without an initial of their own. */
const INSIDE = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'von', 'van', 'al']);
const NUMERAL = /^(?:I{1,3}|IV|V|VI{1,3}|IX|X|\d{1,2})$/;
// Two letters at least: the "U" and "S" of "U.S." are initials already, not words of a name.
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{Lu}'’-]+$/u;
const PUNCTUATION = /[,;:()[\]"“”‘!?]+|\.(?=\s|$)/;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const TWO_CAPITALISED = new RegExp(`\\p{Lu}[\\p{L}'’-]*\\s+(?:(?:${[...INSIDE].join('|')})\\s+)?\\p{Lu}`, 'u');
/** An abbreviation as a question writes it: two to six capitals, perhaps with a numeral ("WWII", "WW2"). */
const ABBREVIATION = /^\p{Lu}{2,6}(?:\d{1,2})?$/u;
const QUESTION_TOKEN = /[\p{L}\p{N}]+/gu;

/** A token of the question that abbreviates something the coverage itself never writes so. */
function unusedAbbreviation(token: string, used: (word: string) => boolean): boolean {
  return ABBREVIATION.test(token) && !isStopWord(token.toLowerCase()) && !used(token);
}

/** The abbreviations the sentences write out, each with the form they write most often (the first of equals). Pure. */
export function writtenOut(sentences: Iterable<string>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  // A whole name counts for more than the start of a longer one ("WW" of "World War I").
  const add = (key: string, words: string[], whole: boolean) => {
    const forms = counts.get(key) ?? new Map<string, number>();
    const form = words.join(' ');
    forms.set(form, (forms.get(form) ?? 0) + (whole ? 2 : 1));
    counts.set(key, forms);
  };
  for (const sentence of sentences) {
    // Most sentences hold no two capitalised words in a row past their first: no tokens for them.
    if (!TWO_CAPITALISED.test(sentence)) continue;
    // A name does not run across punctuation: "Cologne, Germany" abbreviates no "CG".
    sentence.split(PUNCTUATION).forEach((part, p) => {
      const tokens = part.match(TOKEN) ?? [];
      const lower = tokens.map((t) => t.toLowerCase());
      const numeral = tokens.map((t) => NUMERAL.test(t));
      const inside = lower.map((t) => INSIDE.has(t));
      // A sentence's first word is capitalised for its place: "After World War II…" abbreviates no "AWWII".
      const word = tokens.map((t, k) => CAPITALISED.test(t) && !numeral[k] && !inside[k] && !(p === 0 && k === 0 && isStopWord(lower[k]!)));
      for (let i = 0; i < tokens.length; i++) {
        // A run is read from its first word only: "Exporting Countries" abbreviates nothing of its own.
        if (!word[i] || (i > 0 && (word[i - 1] || (i > 1 && inside[i - 1] && word[i - 2])))) continue;
        // The longest run from here: capitalised words, small words between them, a numeral at the end.
        const run: string[] = [];
        let initials = '';
        for (let j = i; j < tokens.length; j++) {
          if (word[j]) {
            run.push(tokens[j]!);
            initials += tokens[j]![0]!.toUpperCase();
            const continues = j + 1 < tokens.length && (word[j + 1] || numeral[j + 1] || inside[j + 1]);
            // The start of a longer run only before its numeral ("World War" of "World War II"): the
            // start of a name cuts it ("President Marcelo" of "President Marcelo Rebelo de Sousa" is no "PM").
            if (initials.length >= 2 && (!continues || numeral[j + 1])) add(initials, run, !continues);
          } else if (inside[j] && word[j + 1]) {
            run.push(tokens[j]!);
          } else {
            if (numeral[j] && initials.length >= 2) add(initials + tokens[j]!, [...run, tokens[j]!], true);
            break;
          }
        }
      }
    });
  }
  const out = new Map<string, string>();
  for (const [key, forms] of counts) out.set(key, [...forms].reduce((best, next) => (next[1] > best[1] ? next : best))[0]);
  return out;
}

/** The index's abbreviations written out, read once per index on first need (one table: its key is ""). */
const abbreviationsOf = memoPerIndex((index: SearchIndex) => writtenOut(index.records.map((r) => r.text)));

/**
 * The question with each abbreviation the coverage never uses, but writes out, read as the words it
 * stands for ("after WWII" → "after World War II"); the question unchanged when it has none. Pure,
 * given what the coverage writes out and whether it uses a word.
 */
export function withAbbreviationsWrittenOut(
  text: string,
  writtenOutAs: (abbreviation: string) => string | undefined,
  used: (word: string) => boolean,
  /** An English initialism as the coverage writes it out (`englishWrittenOut`), failing the coverage's own capitals. */
  english: (initialism: string) => string | undefined = () => undefined,
): WrittenOut {
  const written: WrittenOut['written'] = [];
  // A question typed in capitals throughout is shouted, not abbreviated.
  if (!/\p{Ll}/u.test(text)) return { text, written };
  const out = text.replace(QUESTION_TOKEN, (token) => {
    let read: string | undefined;
    if (unusedAbbreviation(token, used)) {
      const roman = token.replace(/(\d{1,2})$/, (d) => ROMAN[Number(d)] ?? d);
      read = writtenOutAs(token) ?? writtenOutAs(roman) ?? english(token);
    } else if (unusedEnglishInitialism(token, used)) read = english(token);
    if (read === undefined) return token;
    written.push({ typed: token, read });
    return read;
  });
  return { text: out, written };
}

/** A question with short forms written out, and each as typed and as read (what a reply tells the member). */
export interface WrittenOut {
  text: string;
  written: WordRead[];
}

const ROMAN: Record<number, string> = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV', 5: 'V' };

/**
 * `withAbbreviationsWrittenOut` over an index; `together` says whether the coverage writes two words
 * one after the other, for the English initialisms it writes out in lower case.
 */
export function abbreviationsWrittenOut(index: SearchIndex, text: string, used: (word: string) => boolean, together?: (a: string, b: string) => boolean): WrittenOut {
  // Most questions hold no capitals past their first word: the coverage is not read for them.
  if (![...text.matchAll(QUESTION_TOKEN)].some((m) => unusedAbbreviation(m[0], used) || unusedEnglishInitialism(m[0], used))) return { text, written: [] };
  const table = abbreviationsOf(index, '');
  return withAbbreviationsWrittenOut(text, (a) => table.get(a), used, together ? (a) => englishWrittenOut(a, used, together) : undefined);
}

const englishInitialisms = lazyListsByWord(initialisms);

/** A lower-case token a chat types for an English initialism ("ceo", "gdp"), no English word of its own ("aids", "it") and none the coverage uses. */
function unusedEnglishInitialism(token: string, used: (word: string) => boolean): boolean {
  return /^\p{Ll}{2,6}$/u.test(token) && !isStopWord(token) && englishInitialisms().has(token) && !isCommonEnglishWord(token) && !used(token);
}

/**
 * An English initialism (WordNet's, wordnet-initialisms-data.ts) as a coverage writes it out in lower
 * case, as news does ("the company's chief executive"): the words it stands for ("CEO": "chief
 * executive officer"), from the first as far as the coverage writes each after the one before, two
 * at least ("chief executive"). Undefined when it writes fewer. Pure, given the coverage's words.
 */
export function englishWrittenOut(initialism: string, used: (word: string) => boolean, together: (a: string, b: string) => boolean): string | undefined {
  const parts = englishInitialisms().get(initialism.toLowerCase());
  if (!parts) return undefined;
  let n = 0;
  while (n < parts.length && used(parts[n]!) && (n === 0 || together(parts[n - 1]!, parts[n]!))) n++;
  return n >= 2 ? parts.slice(0, n).join(' ') : undefined;
}
