/**
 * A statement given to be checked — "I heard the call was 30 minutes, is that right?", "the call was
 * on Tuesday, right?", "is it true that Mexico accepted?" — asks yes or no as "Was the call…?" does.
 * Its tag ("is that right", "I heard") says so and names nothing: it is not searched, and a premise is
 * read without it. Pure.
 */
import { queryForm } from './query-form.ts';

const LEAD = String.raw`^\s*(?:(?:is it|is that|isn['’]?t it) (?:true|right|correct|so)|i(?:['’]ve| have)? (?:heard|read|saw|seen|was told)|(?:someone|somebody|people) (?:said|says|told me))\b(?: that\b)?`;
const TAIL = String.raw`,\s*(?:(?:is|isn['’]?t) (?:that|it|this) )?(?:right|true|correct)\s*[?!.]*$`;
// A chat leaves the comma out: "the call lasted an hour right?" — a statement of three words or more
// (not opening as a question does: "Was Trump right?") with "right?" last.
const OPENS_AS_QUESTION = String.raw`(?:who|whom|whose|what|when|where|why|how|which|is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|isn|wasn|didn|doesn)`;
const BARE_TAIL = String.raw`(?<=^\s*(?!${OPENS_AS_QUESTION}\b)[\p{L}\p{N}'’-]+(?:\s+\S+){2,})\s+(?:right|true|correct)\s*\?+\s*$`;
const ASKS_TO_CHECK = new RegExp(`${LEAD}|${TAIL}|${BARE_TAIL}`, 'iu');
const CHECK_TAG = new RegExp(`${LEAD}|${TAIL}|${BARE_TAIL}`, 'giu');

export function asksToCheck(question: string): boolean {
  return ASKS_TO_CHECK.test(question);
}

/** The statement to check without its tag ("the call was on Tuesday"); any other text as it is. */
export function withoutCheckTag(question: string): string {
  return question.replace(CHECK_TAG, ' ').replace(/\s+/g, ' ').trim();
}

const FIRST_AUXILIARY = /^(.*?)\b(was|were|is|are|has|have|had|will|would|did|does|do|can|could)\s+(.+)$/i;

/**
 * A statement to check as the yes/no question it asks: its tag left out and its verb put first ("the
 * call was on Tuesday, right?" → "was the call on Tuesday"), so that its words stand in the order a
 * passage's do around what the passage says otherwise ("the call on Monday"). Any other text as it is.
 */
export function checkedAsQuestion(question: string): string {
  if (!asksToCheck(question)) return question;
  const statement = withoutCheckTag(question);
  const verb = FIRST_AUXILIARY.exec(statement);
  return verb && verb[1]!.trim() ? `${verb[2]} ${verb[1]!.trim()} ${verb[3]}` : statement;
}

// A text that asks something already: a question mark, or a question word or inverted verb first.
const ASKS = /\?\s*$|^\s*(?:who|whom|whose|what|when|where|why|how|which|is|are|was|were|do|does|did|can|could|will|would|should|has|have|had)\b/i;

/**
 * A statement someone made, as the engine is asked to check it ("The call lasted an hour." → "The
 * call lasted an hour, is that right?"): the tag that `asksToCheck` reads, after its words as written
 * (a capital first is no name there). A text that asks something already, or is tagged already, is
 * asked as it is.
 */
export function statementToCheck(text: string): string {
  const trimmed = text.trim();
  if (ASKS.test(trimmed) || asksToCheck(trimmed)) return trimmed;
  return `${trimmed.replace(/[\s.!;:,…]+$/u, '')}, is that right?`;
}

const YES_NO = /^(?:do|does|did|is|are|was|were|can|could|will|would|has|have|had|should|shall|may|might|must)(?:n['’]?t)?\b/;

/** A question answered yes or no: an inverted verb first ("Was the call…?", "Didn't Mexico…?"), or a statement given to be checked. */
export function isYesNo(question: string): boolean {
  return YES_NO.test(question.trim().toLowerCase()) || asksToCheck(question);
}

/**
 * A line that states something rather than asks: running text (`queryForm` reads it as a quote) with
 * no closing question mark — "The call lasted an hour.", as a member pastes what they read. Its figures
 * and days are checked as a yes/no question's are; the line is still searched as the quote it may be.
 */
export function isStatement(text: string): boolean {
  return !/\?[\s"'“”»)]*$/.test(text) && queryForm(text) === 'quote';
}

/** A text whose stated figure or day the coverage can bear out or correct: a yes/no question, a statement to check, or a plain statement. */
export function statesToCheck(text: string): boolean {
  return isYesNo(text) || isStatement(text);
}
