/**
 * Whether two sentences of different documents say the same thing in the same words: a wire story
 * reprinted by several outlets, a statement quoted alike. House style and light editing change a word
 * or two ("U.S." / "US", "on Monday" / "Monday", curly or straight quotes); reporting the same fact
 * in one's own words shares far fewer. The two must agree on every figure and every negation: "fell
 * 40%" and "fell 45%", "did" and "did not", differ by one word and are two statements — and when one
 * figure is all that differs, two accounts of one fact that disagree (`differingFigure`). Pure.
 */
import { typedTokens, words } from '../index/terms.ts';

/** Share of distinct words two sentences must share (of all the words either holds). */
export const SAME_STATEMENT_SHARE = 0.8;

const NEGATION = new Set(['not', 'no', 'never', 'nor', 'none', 'nobody', 'nothing', 'neither', 'without', 'cannot', 't']);

/**
 * A cheap test that rules out most pairs before their words are compared (which costs ~10 µs a
 * sentence): sharing 80% of their distinct words, two sentences are within a few words of each
 * other's length, well inside 60% of the longer one's characters.
 */
export function mayBeSameStatement(a: string, b: string): boolean {
  return Math.min(a.length, b.length) >= 0.6 * Math.max(a.length, b.length);
}

/** A sentence's words as compared: distinct, case and accents folded, punctuation dropped. */
export function statementWords(text: string): ReadonlySet<string> {
  return new Set(words(text));
}

/** A word that is a figure ("15", "2026", "1,050,000"). */
function isFigure(word: string): boolean {
  return /\d/.test(word);
}

/** A word whose difference changes what is said, however alike the rest. */
function decisive(word: string): boolean {
  return isFigure(word) || NEGATION.has(word);
}

export function sameStatement(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  let shared = 0;
  for (const w of a) {
    if (b.has(w)) shared++;
    else if (decisive(w)) return false;
  }
  for (const w of b) if (!a.has(w) && decisive(w)) return false;
  return shared / (a.size + b.size - shared) >= SAME_STATEMENT_SHARE;
}

/**
 * Two sentences that say the same in the same words but for one figure ("a 15-minute call" / "a
 * 20-minute call"): the words of each that carry it, as written ("15-minute", "20-minute"); null for
 * any other pair. One figure only: sentences that differ in two ("in 2008 it was 94,000" / "in 2009
 * it was 97,000") are most often two facts, not two accounts of one.
 */
export function differingFigure(a: string, b: string): [string, string] | null {
  // Cheap tests first (most pairs of passages fail them): both hold a figure, and are of about one length.
  if (!/\d/.test(a) || !/\d/.test(b) || !mayBeSameStatement(a, b)) return null;
  const wa = statementWords(a);
  const wb = statementWords(b);
  const onlyA = [...wa].filter((w) => !wb.has(w));
  const onlyB = [...wb].filter((w) => !wa.has(w));
  const figuresA = onlyA.filter(isFigure);
  const figuresB = onlyB.filter(isFigure);
  if (figuresA.length !== 1 || figuresB.length !== 1) return null;
  if ([...onlyA, ...onlyB].some((w) => NEGATION.has(w))) return null;
  const shared = wa.size - onlyA.length;
  // The figure aside, as alike as copies are.
  if (shared / (wa.size + wb.size - shared - 2) < SAME_STATEMENT_SHARE) return null;
  const carrier = (text: string, figure: string) => typedTokens(text).find((t) => words(t).includes(figure)) ?? figure;
  return [carrier(a, figuresA[0]!), carrier(b, figuresB[0]!)];
}
