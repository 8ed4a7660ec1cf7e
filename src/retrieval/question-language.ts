/**
 * Whether a question looks written in another language than English: hardly any English function
 * words, and several words that are neither English nor the corpus's. Only the wording of a refusal
 * depends on it ("I read questions in English"), so a keyword query of names, which has no function
 * words either, must not count: capitalised words (but the first) are left out, as names. Pure, given the lookups.
 */
import { isStopWord, words } from '../index/terms.ts';

/** At most this share of the words may be English function words ("no", "me", "so" are in other languages too). */
const MAX_FUNCTION_SHARE = 0.2;
/** At least this share, and two, of the words are lower-case words neither English nor the corpus's. */
const MIN_FOREIGN_SHARE = 0.4;

export function looksNotEnglish(text: string, isEnglish: (word: string) => boolean, inCorpus: (word: string) => boolean): boolean {
  // One letter says nothing of the language: "a" and "I", elided articles ("l'appel", "d'un").
  const tokens = (text.match(/\p{L}+/gu) ?? []).filter((t) => t.length > 1);
  if (tokens.length < 3) return false;
  const folded = tokens.map((t) => words(t)[0] ?? '');
  const functionWords = folded.filter(isStopWord).length;
  if (functionWords / tokens.length > MAX_FUNCTION_SHARE) return false;
  // A capital says "name" except on the first word, which every question capitalises.
  const foreign = tokens.filter((t, i) => (i === 0 || t === t.toLowerCase()) && !isEnglish(folded[i]!) && !inCorpus(folded[i]!)).length;
  return foreign >= 2 && foreign / tokens.length >= MIN_FOREIGN_SHARE;
}
