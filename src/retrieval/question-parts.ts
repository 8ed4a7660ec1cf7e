/**
 * The questions one message asks: "How long was the call? Who started it?" and "When was the call
 * and how long did it last?" ask two things, and a member expects both answered. A message is cut
 * after a question mark that more words follow, and before "and" / "also" / "plus" that opens a
 * wh-question of its own after one ("When was the call and how long…", not "The Rhine forms the
 * border between Austria and what other country?"). A piece too short to ask anything ("What?",
 * "why?") or small talk ("Thank you so much", "tell me more") stays with its neighbour, as do words
 * inside quotation marks. At most MAX_QUESTION_PARTS parts: the rest stays with the last. A later
 * part that leans on the one before it ("how long did IT last?", "How long?") is read as its
 * follow-up by whoever answers them; one that names its own subject is asked as the first part was
 * (`leansOnPrevious`). Pure.
 */
import { words } from '../index/terms.ts';
import { readConversational } from './conversational.ts';

export const MAX_QUESTION_PARTS = 3;

/** A part asks something of its own from this many words on ("Who started it?"). */
const MIN_PART_WORDS = 2;
const WH = String.raw`(?:what|what's|whats|when|where|who|whom|whose|why|how|which)`;
/** "and how long…", ", also who…", "plus what…": a conjunction opening a question of its own. */
const JOINED_QUESTION = new RegExp(String.raw`,?\s+(?:and|also|plus|&)\s+(?=${WH}\b)`, 'giu');
/** A question opened by a conjunction loses it: "And who started it?", "Also, who…" → "who started it?". */
const LEADING_CONJUNCTION = /^[,;]?\s*(?:and|also|plus|&|so)(?:,\s*|\s+)/iu;
/** What opens a question: a question word or an auxiliary ("When was…", "Did they…"). */
const OPENS_QUESTION = new RegExp(String.raw`^\W*(?:${WH}|is|are|was|were|do|does|did|can|could|will|would|should|has|have|had)\b`, 'iu');
/** A piece that ends on a question word is no question yet ("Do you know when and where…"). */
const ENDS_ON_WH = new RegExp(String.raw`\b${WH}\W*$`, 'iu');
const QUOTES = /["“”]/gu;
const ASKS_NOTHING = new Set(['greeting', 'thanks', 'more']);

/** The message's questions, in order; one element (the message itself) when it asks one thing. */
export function questionParts(message: string): string[] {
  const text = message.trim();
  // "When was the call and how long did it last?": the first of the two is asked too.
  const asked = (piece: string) => (piece.endsWith('?') ? (p: string, i: number, all: string[]) => (i < all.length - 1 && !/[?!.]$/.test(p) ? `${p}?` : p) : (p: string) => p);
  const pieces = cutAt(text, afterQuestionMarks(text)).flatMap((piece) => cutAt(piece, beforeJoinedQuestions(piece)).map(asked(piece)));
  const parts: string[] = [];
  for (const piece of pieces.map((p) => p.replace(LEADING_CONJUNCTION, '').trim()).filter(Boolean)) {
    const last = parts.length - 1;
    // "Thanks!", "hi there", "tell me more" ask nothing of their own either.
    const short = (p: string) => words(p).length < MIN_PART_WORDS || ASKS_NOTHING.has(readConversational(p) ?? '');
    if (last >= 0 && (short(parts[last]!) || short(piece) || parts.length === MAX_QUESTION_PARTS)) parts[last] = `${parts[last]} ${piece}`;
    else parts.push(piece);
  }
  return parts.length > 1 ? parts : [text];
}

/** Offsets just after each "?" (or run of them) that more words follow, outside quotation marks. */
function afterQuestionMarks(text: string): number[] {
  const cuts: number[] = [];
  for (const match of text.matchAll(/\?+(?=\s+\S)/gu)) {
    const end = match.index + match[0].length;
    if (!insideQuotes(text, end)) cuts.push(end);
  }
  return cuts;
}

/** Offsets where a conjunction opens a wh-question of its own, outside quotation marks. */
function beforeJoinedQuestions(piece: string): number[] {
  const cuts: number[] = [];
  for (const match of piece.matchAll(JOINED_QUESTION)) {
    const before = piece.slice(0, match.index);
    const after = piece.slice(match.index + match[0].length);
    // "The Rhine forms the border between Austria and what other country?" is one question: what
    // comes before "and" must be one of its own.
    if (words(before).length < 3 || !OPENS_QUESTION.test(before) || ENDS_ON_WH.test(before) || words(after).length < MIN_PART_WORDS) continue;
    if (!insideQuotes(piece, match.index)) cuts.push(match.index);
  }
  return cuts;
}

function insideQuotes(text: string, at: number): boolean {
  return (text.slice(0, at).match(QUOTES)?.length ?? 0) % 2 === 1;
}

function cutAt(text: string, cuts: readonly number[]): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    pieces.push(text.slice(from, cut).trim());
    from = cut;
  }
  pieces.push(text.slice(from).trim());
  return pieces.filter(Boolean);
}

/** Words that point back to what the question before named: "how long did IT last?", "who did HE call?". */
const POINTS_BACK = /\b(?:it|its|they|them|their|he|him|his|she|her|that|this|these|those|there|then)\b/iu;
/** A part of this many words or fewer names no subject of its own ("How long?", "Why not?"). */
const ELLIPTICAL_WORDS = 3;

/**
 * Whether a later part of a message is asked about what the part before it named: it points back
 * to it ("…and how long did it last?") or names nothing of its own ("How long?"). "When was the call?
 * What did Rubio ask for?" asks two things of their own: reading the second with the first would only
 * pull it towards the first one's answer (measured: scripts/measure-question-parts.ts).
 */
export function leansOnPrevious(part: string): boolean {
  return POINTS_BACK.test(part) || words(part).length <= ELLIPTICAL_WORDS;
}
