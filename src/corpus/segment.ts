/**
 * A paragraph → its sentences.
 *
 * Rule-based rather than `Intl.Segmenter`: the ICU segmenter splits "U.S. Secretary of State"
 * and "The U.S. State Department", and its output changes with the ICU version Node ships,
 * which would make citations (sentence numbers) differ between machines. These rules are
 * deterministic and each one is testable.
 *
 * A candidate boundary is a run of terminators (. ! ? …), then any closing quotes or brackets
 * (which stay with the sentence they close), then a space. The candidate is a boundary unless:
 *
 *  1. the next word starts in lower case ("Stop!" she said; e.g. the; 3 p.m. local time), or the
 *     next character is , ; : or a dash;
 *  2. a period follows a title or never-final abbreviation (Mr., Dr., Gen., St., vs., e.g.);
 *  3. a period follows "No.", "p.", "Vol." … and a number comes next ("No. 5");
 *  4. a period follows an ambiguous abbreviation — a dotted acronym (U.S., a.m., D.C.), an initial
 *     (F.), a company or state abbreviation (Inc., Calif.), a month (Jan.) — and the next word is
 *     not a common sentence starter (The, He, It, But, In, However …; see SENTENCE_STARTERS), or
 *     is a number, or (for an initial) is another initial: "U.S. Secretary of State" and
 *     "John F. Kennedy" stay whole, "…talks in the U.S. The next day…" splits;
 *  5. an ellipsis is followed by a word that is not a sentence starter (ellipses in news mostly
 *     mark words left out of a quote);
 *  6. "!" or "?" closing a quotation is followed by an attribution: up to four capitalised words
 *     and a verb of saying (`"Stop!" Sheinbaum said.`).
 *
 * Decimals, versions and dotted acronyms never produce candidates: no space follows their dots.
 */
import { AMBIGUOUS, BEFORE_NUMBER, NEVER_FINAL, NEVER_FINAL_ANY_CASE, SENTENCE_STARTERS, SPEECH_VERBS } from './abbreviations.ts';

const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', '}']);
const OPENERS = /^["'“‘«(\[{]*/;
const QUOTES = /["'”’»]/;
const WORD_SEPARATORS = /[-–—/]/;

export function splitSentences(paragraph: string): string[] {
  const text = normaliseWhitespace(paragraph);
  const sentences: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (!TERMINATORS.has(text[i] ?? '')) {
      i++;
      continue;
    }
    let runEnd = text.startsWith('. . .', i) ? i + 5 : i;
    while (TERMINATORS.has(text[runEnd] ?? '')) runEnd++;
    let closeEnd = runEnd;
    while (CLOSERS.has(text[closeEnd] ?? '')) closeEnd++;
    if (closeEnd < text.length && text[closeEnd] === ' ' && endsSentence(text, i, runEnd, closeEnd)) {
      sentences.push(text.slice(start, closeEnd));
      start = closeEnd + 1;
    }
    i = closeEnd;
  }
  if (start < text.length) sentences.push(text.slice(start));
  return sentences;
}

/** One space between words, no control or zero-width characters, no outer spaces. */
export function normaliseWhitespace(text: string): string {
  return text
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\s\u0000-\u001F\u007F-\u009F]+/g, ' ')
    .trim();
}

/** `runStart..runEnd` is the terminator run, `closeEnd` the space after its closers. */
function endsSentence(text: string, runStart: number, runEnd: number, closeEnd: number): boolean {
  const after = text.slice(closeEnd + 1);
  if (/^[,;:\-–—]/.test(after)) return false;
  const next = after.replace(OPENERS, '');
  const nextWord = /^[\p{L}\p{N}]+/u.exec(next)?.[0] ?? '';
  if (/^\p{Ll}/u.test(next)) return false;

  const run = text.slice(runStart, runEnd);
  if (/^(?:\.\.\.|…|\. \. \.)$/.test(run)) return SENTENCE_STARTERS.has(nextWord);
  if (/[!?]/.test(run)) {
    const closesQuote = QUOTES.test(text.slice(runEnd, closeEnd));
    return !(closesQuote && isAttribution(after));
  }
  return periodEndsSentence(wordBefore(text, runStart), next, nextWord);
}

function periodEndsSentence(word: string, next: string, nextWord: string): boolean {
  if (word === '') return true;
  if (NEVER_FINAL.has(word) || NEVER_FINAL_ANY_CASE.has(word.toLowerCase())) return false;
  const numberNext = /^[\p{N}$#€£]/u.test(next);
  if (BEFORE_NUMBER.has(word)) return !numberNext;
  const initial = /^\p{Lu}$/u.test(word);
  const dottedAcronym = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(word);
  if (AMBIGUOUS.has(word) || initial || dottedAcronym) {
    if (numberNext) return false;
    if (initial && /^(?:\p{Lu}\.)+/u.test(next)) return false;
    return SENTENCE_STARTERS.has(nextWord);
  }
  return true;
}

/** The word the period at `end` is attached to, without opening punctuation or a hyphenated head ("Mexico-U.S"). */
function wordBefore(text: string, end: number): string {
  const space = text.lastIndexOf(' ', end - 1);
  const token = text.slice(space + 1, end).replace(OPENERS, '');
  const parts = token.split(WORD_SEPARATORS);
  return parts[parts.length - 1] ?? '';
}

function isAttribution(after: string): boolean {
  const words = after.split(' ', 5);
  for (const w of words) {
    const bare = w.replace(/[^\p{L}]+$/u, '');
    if (SPEECH_VERBS.has(bare)) return true;
    if (!/^\p{Lu}/u.test(w)) return false;
  }
  return false;
}
