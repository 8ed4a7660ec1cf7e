/**
 * A follow-up read with the question before it. "When was that?", "why did she refuse?", "and what
 * did he ask for?" name nothing the coverage can be searched for: the previous question says what
 * "that", "she" and "he" are. Its content words are added to the follow-up's, each weighing less
 * than the follow-up's own (`PREVIOUS_WEIGHT`, a share of its IDF), and its embedding is added to the
 * follow-up's the same way: the previous question says which passages the follow-up is about, the
 * follow-up what is asked of them. Whether the coverage answers it is decided with the previous
 * words weighing less still, so the follow-up's own words decide: one the coverage cannot answer
 * ("and what did he say about tariffs?") is still refused. A follow-up that changes subject — it
 * could be a question of its own and shares no word with the previous one, or finds a confident answer
 * alone — is answered as a new question. Pure.
 */
import { words } from '../index/terms.ts';
import type { Question } from './question.ts';

/** How a follow-up was read. */
export type FollowUpReading = 'with-previous' | 'new-subject';

/**
 * How much a word of the previous question counts against one of the follow-up (of its IDF): in the
 * ranking, where it says which passages the follow-up is about, and, less, in the answer-or-refuse
 * decision, where what is asked — the follow-up's own words — decides.
 */
export interface FollowUpWeights {
  ranking: number;
  decision: number;
}
export const PREVIOUS_WEIGHT: FollowUpWeights = { ranking: 0.75, decision: 0.25 };

// Words that point back at something said before: pronouns and demonstratives, "there", "then".
const REFERRING = new Set(
  'he him his himself she her hers herself it its itself they them their theirs themselves that this those these there then such'.split(' '),
);
// Openings that continue a conversation rather than start one ("and what did…", "what about…").
const CONTINUING = /^(?:and|but|so|also|then|plus|or|what about|how about|what else|anything else)\b/;

/** A follow-up this short is an ellipsis of the previous question ("Under what condition?", "Where?"). */
export const FRAGMENT_WORDS = 3;

// "Is there a deal?", "there were protests": a "there" that says something exists points at nothing
// said before. "Who was there?", "were there at the time" ask about a place: "there" ends the question
// or a place or time follows it.
const EXISTENTIAL_THERE =
  /\b(?:(?:is|are|was|were|will|would|has|have|had|be|been)\s+there(?=\s+(?!(?:at|in|on|during|before|after|then|now|today|yesterday|when|while)\b)\w)|there\s+(?:is|are|was|were|will|would|has|have|had|be|been|s)\b)/g;

/** Whether the text points back at what was said before (a pronoun, "that", "there", "and what…"). */
export function refersBack(text: string): boolean {
  const joined = words(text).join(' ');
  if (CONTINUING.test(joined)) return true;
  const ws = joined.replace(EXISTENTIAL_THERE, (m) => m.replace('there', ' ')).split(' ');
  return ws.some((w) => REFERRING.has(w));
}

/**
 * Whether a follow-up could be a question of its own: it has content words, points back at nothing
 * and is no fragment. Only such a follow-up may change subject.
 */
export function standsAlone(current: Question): boolean {
  return mayStandAlone(current) && words(current.text).length > FRAGMENT_WORDS;
}

/**
 * Whether a follow-up may be a question of its own, however short: it has content words and points
 * back at nothing ("how many firefighters?", not "and the utility?" nor "why did she?"). Such a one
 * is tried alone first (find-answer.ts), and read alone when it finds a confident answer so.
 */
export function mayStandAlone(current: Question): boolean {
  return current.content.length > 0 && !refersBack(current.text);
}

/**
 * Whether a follow-up is read with the previous question or alone, as a new one: alone when it
 * stands alone and shares no word with the previous question. (One that stands alone and shares a
 * word is read alone too when it finds a confident answer on its own: find-answer.ts tries that.)
 */
export function followUpReading(current: Question, previous: Question): FollowUpReading {
  if (previous.content.length === 0) return 'new-subject';
  if (!standsAlone(current)) return 'with-previous';
  const own = new Set(current.content.flatMap((c) => [c.term, c.lemma]));
  return previous.content.some((c) => own.has(c.term) || own.has(c.lemma)) ? 'with-previous' : 'new-subject';
}

/**
 * The follow-up with the previous question's content words added after its own, each weighing
 * `weight` of what it would alone (a word both hold keeps the follow-up's weight). The kind of answer
 * asked for, the form and the text stay the follow-up's: it says what is asked. Names the coverage
 * never mentions stay from both: a follow-up on a subject the coverage lacks is still about it.
 */
export function withPrevious(current: Question, previous: Question, weight: number): Question {
  const held = new Set(current.terms);
  const added = previous.content.filter((c) => !held.has(c.term)).map((c) => ({ ...c, weight: (c.weight ?? 1) * weight }));
  const content = [...current.content, ...added];
  return {
    ...current,
    content,
    terms: content.map((c) => c.term),
    phrases: [...new Set([...current.phrases, ...previous.phrases])],
    names: [...new Set([...current.names, ...previous.names])],
  };
}

/** The IDF weight of each of the question's terms (same order as `terms`): 1 unless read from a previous question. */
export function termWeights(q: Question): number[] {
  return q.content.map((c) => c.weight ?? 1);
}

/** A unit vector between the follow-up's and the previous question's, the previous weighing `weight`. */
export function combineVectors(own: Float32Array, previous: Float32Array, weight: number): Float32Array {
  const out = new Float32Array(own.length);
  let norm = 0;
  for (let i = 0; i < own.length; i++) {
    out[i] = own[i]! + weight * previous[i]!;
    norm += out[i]! * out[i]!;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < out.length; i++) out[i] = out[i]! / norm;
  return out;
}
