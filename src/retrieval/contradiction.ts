/**
 * Questions that share a passage's words but ask the opposite of what it says: "What did the
 * Normans NOT keep?" of a passage that only says what they kept, "the SMALLEST city" of one that
 * names the largest. Near-topic questions the coverage does not answer are very often written this
 * way, so the answer-or-refuse decision looks for it. Pure.
 */
import { words } from '../index/terms.ts';
import { lemma } from './lemma.ts';

const NEGATIONS = new Set(['not', 'never', 'no', 'none', 'nothing', 'neither', 'nor', 'nobody', 'nowhere', 'cannot', 'without']);
// Words that say no in other words: a passage holding them answers "what did X not…" as well.
const DENIALS = new Set(['reject', 'refuse', 'deny', 'decline', 'oppose', 'against', 'unlikely', 'lack', 'fail', 'prohibit', 'forbid', 'ban', 'exclude', 'absence', 'instead', 'rather', 'except', 'unable', 'avoid', 'stop', 'prevent']);

/** Whether the text says no: a negation word or a contracted "n't" ("didn't", "won't"). */
export function holdsNegation(text: string, textWords: readonly string[] = words(text)): boolean {
  return /n['’]t\b/i.test(text) || textWords.some((w) => NEGATIONS.has(w));
}

/**
 * The question asks which thing is NOT so ("What did the Normans not keep?") and the passage says no
 * such thing, not even in other words ("rejected", "unlikely"). A "why not" or a yes/no question
 * ("Didn't Mexico accept?") is answered by a passage that need not say no at all, so it never counts.
 */
export function negationUnmatched(question: string, passage: string, passageWords: readonly string[] = words(passage)): boolean {
  const q = question.trim().toLowerCase();
  if (!holdsNegation(q) || /^(?:why|how come)\b/.test(q) || YES_NO.test(q)) return false;
  return !holdsNegation(passage, passageWords) && !passageWords.some((w) => DENIALS.has(w) || DENIALS.has(lemma(w)));
}

const YES_NO = /^(?:do|does|did|is|are|was|were|can|could|will|would|has|have|had|should|shall|may|might|must)(?:n['’]?t)?\b/;

// Common English opposites (dictionary forms, both ways): order, size, amount, direction, outcome.
// Not the converse relations, which say the same thing turned round and name both sides: "X came
// before the call" is "the call came after X", "more than" is "fewer than" (before/after, above/below,
// more/less).
const OPPOSITE_PAIRS = [
  ['first', 'last'], ['early', 'late'], ['earliest', 'latest'], ['begin', 'end'], ['start', 'end'], ['start', 'finish'],
  ['most', 'least'], ['many', 'few'], ['large', 'small'], ['largest', 'smallest'], ['big', 'small'],
  ['biggest', 'smallest'], ['high', 'low'], ['highest', 'lowest'], ['long', 'short'], ['longest', 'shortest'], ['old', 'new'], ['old', 'young'],
  ['oldest', 'newest'], ['oldest', 'youngest'], ['maximum', 'minimum'], ['major', 'minor'], ['best', 'worst'], ['good', 'bad'],
  ['increase', 'decrease'], ['rise', 'fall'], ['gain', 'loss'], ['win', 'lose'], ['victory', 'defeat'], ['accept', 'reject'],
  ['allow', 'forbid'], ['allow', 'prohibit'], ['support', 'oppose'], ['agree', 'disagree'], ['open', 'close'], ['north', 'south'],
  ['east', 'west'], ['northern', 'southern'], ['eastern', 'western'], ['upper', 'lower'], ['inner', 'outer'], ['internal', 'external'],
  ['import', 'export'], ['buy', 'sell'], ['public', 'private'], ['positive', 'negative'], ['strong', 'weak'], ['rich', 'poor'],
  ['hot', 'cold'], ['warm', 'cold'], ['wet', 'dry'], ['fast', 'slow'], ['heavy', 'light'], ['deep', 'shallow'], ['wide', 'narrow'],
  ['true', 'false'], ['legal', 'illegal'], ['success', 'failure'], ['succeed', 'fail'], ['rural', 'urban'], ['modern', 'ancient'],
  ['male', 'female'], ['men', 'women'], ['minority', 'majority'], ['same', 'different'], ['inside', 'outside'],
] as const;

const OPPOSITES = new Map<string, string[]>();
for (const [a, b] of OPPOSITE_PAIRS) {
  OPPOSITES.set(a, [...(OPPOSITES.get(a) ?? []), b]);
  OPPOSITES.set(b, [...(OPPOSITES.get(b) ?? []), a]);
}

/** A word of the question whose opposite the passage holds while it does not hold the word itself. */
export function oppositeInPassage(question: string, passage: string, passageWords: readonly string[] = words(passage)): string | null {
  const held = new Set([...passageWords, ...passageWords.map(lemma)]);
  for (const w of words(question)) {
    if (held.has(w) || held.has(lemma(w))) continue;
    const opposites = OPPOSITES.get(w) ?? OPPOSITES.get(lemma(w)) ?? [];
    if (opposites.some((o) => held.has(o))) return w;
  }
  return null;
}
