/**
 * Text → index terms for the lexical index: accent-folded, lower-cased, stemmed, stop words dropped.
 * Questions and sentences go through the same function so that they meet.
 */
import { stemmer } from 'stemmer';
import { namingCalledAsFunctionWord } from './naming-called.ts';

// Function words and question scaffolding: they carry no topic, and keeping them would let
// "What is the capital of Australia?" match any sentence that contains "is" or "the".
const STOP_WORDS = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here of to in on at by for from ' +
    'with without into onto upon about above below over under between among through during before after ' +
    'since until while as is am are was were be been being do does did done doing have has had having ' +
    'will would shall should can could may might must ought i me my mine we us our ours you your yours he ' +
    'him his she her hers it its they them their theirs what which who whom whose when where why how ' +
    'whether not no yes all any both each few more most other some such only own same too very just also ' +
    'again further once s t don doesn didn isn aren wasn weren hasn haven hadn wouldn shouldn couldn ' +
    'mustn ll re ve d m o y ain let lets get gets got tell told say says said kind sort thing things ' +
    'please know like one ones something anything everything nothing someone anyone everyone many much ' +
    'even ever still already via per vs etc eg ie mr mrs ms dr'
  ).split(/\s+/),
);

const stemCache = new Map<string, string>();

/** The Porter stem of a lower-cased word (numbers are kept whole). */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /^\d/.test(word) ? word : stemmer(word);
    if (stemCache.size < 200_000) stemCache.set(word, s);
  }
  return s;
}

/** `stem` without the cache: for the many throw-away strings a search for a correction tries, which would crowd real words out of it. */
export function stemUncached(word: string): string {
  return stemCache.get(word) ?? (/^\d/.test(word) ? word : stemmer(word));
}

const US = /(?<![\p{L}\p{N}.])US(?![\p{L}\p{N}]|\.\p{L})/gu;
// "USA", "U.S.A." and a chat's "usa" name the same country as "U.S." ("usa" is no English word); on lower-cased text.
const USA = /(?<![\p{L}\p{N}.])(?:usa|u\.s\.a\.)(?![\p{L}\p{N}])/gu;
const ASCII = /^[\x00-\x7f]*$/;
// Two letters or more, each followed by a full stop: "u.n.", "u.k.", "d.c.".
const INITIALISM = /(?<![\p{L}\p{N}.])(?:\p{L}\.){2,}(?![\p{L}\p{N}])/gu;

/** `text` (lower-cased) with the country's other abbreviations as "u.s."; most text holds none and is not scanned. */
function usaAsUs(text: string): string {
  return text.includes('usa') || text.includes('u.s.a') ? text.replace(USA, 'u.s.') : text;
}

/**
 * An initialism written with full stops is the word of its letters, as typed without them: news
 * writes "U.N." and "U.K." where members type "UN" and "UK". Not where those letters are a function
 * word ("U.S.", "e.g."): the country stays "u" + "s", as "US" and "USA" are read. On lower-cased
 * text; most has no full stop two characters after another and is not scanned.
 */
function joinInitialisms(text: string): string {
  let dot = text.indexOf('.');
  while (dot >= 0 && text[dot + 2] !== '.') dot = text.indexOf('.', dot + 1);
  if (dot < 0) return text;
  return text.replace(INITIALISM, (initialism) => {
    const letters = initialism.replace(/\./g, '');
    return STOP_WORDS.has(letters) ? initialism : letters;
  });
}

const WONT = /\bwon['’]t\b/g;

/** Lower-cased, accent-free words and numbers, in order (no stemming, stop words kept). */
export function words(text: string): string[] {
  // "US" in capitals is the country, written as "U.S." elsewhere; lower-cased it would be the pronoun.
  // Plain ASCII (most text) has no accents to fold: the decomposition is skipped, not its result.
  const spelled = namingCalledAsFunctionWord(text).replace(US, 'U.S.');
  const lower = (ASCII.test(spelled) ? spelled : spelled.normalize('NFKD').replace(/\p{M}+/gu, '')).toLowerCase();
  // "won't" is "will not": split at its apostrophe, it would make "won" (of "win") a function word.
  const folded = lower.includes('won') ? lower.replace(WONT, 'will not') : lower;
  // Keep decimals and thousands together ("1.5", "10,000"), split everything else on non-alphanumerics.
  return joinInitialisms(usaAsUs(folded)).match(/\d+(?:[.,]\d+)*|[\p{L}\p{N}]+/gu) ?? [];
}

/** A token as typed (`typedTokens`), for a caller that needs where each one stands (`matchAll`). */
export const TYPED_TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** Tokens as typed — case, apostrophes and inner dots kept ("Sheinbaum's", "U.S.") — where a capital can say "name". */
export function typedTokens(text: string): string[] {
  return text.match(TYPED_TOKEN) ?? [];
}

/**
 * A typed token (`typedTokens`) or a name as the word it writes: without a possessive's "'s" or a
 * sentence's full stop ("…understood by Trump." → "Trump"); an abbreviation keeps its dots ("U.S.").
 */
export function bareToken(token: string): string {
  return token.replace(/['’]s$/u, '').replace(/([^.\s]{2,})\.$/u, '$1');
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** Index terms of a text: stems of its content words, in order, repeats kept (term frequency). */
export function terms(text: string): string[] {
  return termsOfWords(words(text));
}

const tokenTermsCache = new Map<string, readonly string[]>();

/**
 * `terms` of one token as typed (`typedTokens`), remembered: the rules on names read the same tokens
 * of the corpus's sentences for every new term a question asks about, and a token's terms depend on
 * nothing but the token.
 */
export function tokenTerms(token: string): readonly string[] {
  let t = tokenTermsCache.get(token);
  if (t === undefined) {
    t = terms(token);
    if (tokenTermsCache.size < 100_000) tokenTermsCache.set(token, t);
  }
  return t;
}

/** `terms` of a text already split by `words`. */
export function termsOfWords(textWords: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of textWords) {
    if (STOP_WORDS.has(w)) continue;
    out.push(stem(w.replace(/,/g, '')));
  }
  return out;
}

/** Joins the two words of a phrase term; never produced by `terms`, so phrases and words never collide. */
export const PHRASE_JOINER = '_';

/**
 * Two-word phrase terms: every pair of neighbouring words (stop words included) of which at least one
 * carries content. They find quoted or half-remembered wording ("said unto them", "phone call") that
 * single content words, with the function words gone, cannot tell apart in a large corpus.
 */
export function phraseTerms(text: string, stemOf: (word: string) => string = stem): string[] {
  const ws = words(text).map((w) => w.replace(/,/g, ''));
  const out: string[] = [];
  for (let i = 0; i + 1 < ws.length; i++) {
    const a = ws[i]!;
    const b = ws[i + 1]!;
    if (STOP_WORDS.has(a) && STOP_WORDS.has(b)) continue;
    out.push(phraseTerm(a, b, stemOf));
  }
  return out;
}

/** The phrase term of two neighbouring words (stop words kept whole); `stemOf` may skip the stem cache for throw-away candidates. */
export function phraseTerm(a: string, b: string, stemOf: (word: string) => string = stem): string {
  return `${STOP_WORDS.has(a) ? a : stemOf(a)}${PHRASE_JOINER}${STOP_WORDS.has(b) ? b : stemOf(b)}`;
}
