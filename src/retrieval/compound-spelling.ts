/**
 * A compound spelled as the corpus spells it: closed, hyphenated or open ("gun powder" /
 * "gunpowder", "reoccupy" / "re-occupied", "un-elected" / "unelected"). English writes many
 * compounds all three ways; read as typed, a question that spells one unlike the coverage asks about
 * a word the corpus never uses. Only a spelling the corpus never uses is read as another, and only
 * as one it does use. Pure.
 */
import { isStopWord, phraseTerm, stemUncached, words } from '../index/terms.ts';
import type { WrittenOut } from './acronyms.ts';
import type { Vocabulary } from './spelling.ts';

/** The shortest part of a closed compound: of one letter, too many words would split ("a-part"). */
const MIN_PART = 2;
/** The shortest closed compound looked at: shorter words split into accidents ("often" → "of ten"). */
const MIN_CLOSED = 6;

// The candidates are throw-away strings: their stems stay out of the stem cache.
const uses = (vocabulary: Vocabulary, w: string) => !isStopWord(w) && vocabulary.has(stemUncached(w));
const usesPhrase = (vocabulary: Vocabulary, a: string, b: string) => vocabulary.hasPhrase!(phraseTerm(a, b, stemUncached));

/** A closed word the corpus never uses, split where the corpus writes its two parts side by side ("reoccupy" → "re-occupy"); else null. */
function split(word: string, vocabulary: Vocabulary): string | null {
  if (word.length < MIN_CLOSED || uses(vocabulary, word)) return null;
  for (let i = MIN_PART; i + MIN_PART <= word.length; i++) {
    const a = word.slice(0, i);
    const b = word.slice(i);
    if (!uses(vocabulary, b) || !(isStopWord(a) || uses(vocabulary, a))) continue;
    if (usesPhrase(vocabulary, a, b)) return `${a}-${b}`;
  }
  return null;
}

/** Two words written apart or with a hyphen that the corpus writes as one, and never as two; else null. */
function joined(a: string, b: string, hyphenated: boolean, vocabulary: Vocabulary): string | null {
  if (isStopWord(b) || (isStopWord(a) && !hyphenated)) return null;
  const whole = a + b;
  if (!uses(vocabulary, whole) || usesPhrase(vocabulary, a, b)) return null;
  // Written apart, both words the corpus uses are most often two words ("oil fields" next to "oilfields").
  if (!hyphenated && uses(vocabulary, a) && uses(vocabulary, b)) return null;
  return whole;
}

/** The text with its compounds spelled as the corpus spells them, and each as typed and as read. */
export function compoundsAsCorpusWrites(text: string, vocabulary: Vocabulary): WrittenOut {
  const written: WrittenOut['written'] = [];
  if (!vocabulary.hasPhrase) return { text, written };
  const tokens = [...text.matchAll(/\p{L}+/gu)].map((m) => ({ token: m[0], start: m.index, end: m.index + m[0].length }));
  let out = '';
  let at = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const between = next ? text.slice(t.end, next.start) : '';
    const whole = next && /^(?:-|\s+)$/.test(between) ? joined(words(t.token)[0] ?? '', words(next.token)[0] ?? '', between === '-', vocabulary) : null;
    if (whole) {
      const typed = text.slice(t.start, next!.end);
      written.push({ typed, read: whole });
      out += text.slice(at, t.start) + whole;
      at = next!.end;
      i++;
      continue;
    }
    // A word typed with an accent is a foreign word, spelled as its writer spells it.
    const w = words(t.token)[0] ?? '';
    const parts = w === t.token.toLowerCase() ? split(w, vocabulary) : null;
    if (!parts) continue;
    written.push({ typed: t.token, read: parts });
    out += text.slice(at, t.start) + parts;
    at = t.end;
  }
  return { text: out + text.slice(at), written };
}
