/**
 * A when-question about a later instance of what the coverage reports ("When is the NEXT call?",
 * "When will they talk AGAIN?") is not answered by a day the report gives as its own or earlier:
 * that is when this one was. The report's day is its document's date. Pure.
 */
import { normaliseDate } from '../corpus/normalise-date.ts';

// Words of what is to come, in a question and in a report alike ("will", "next", "they'll").
const TO_COME = String.raw`will|shall|going to|next|upcoming`;
const CONTRACTED_WILL = String.raw`\b\p{L}+['’]ll\b`;

// The future, or another time than the one reported. Not "last" or "first": those ask about one.
const LATER = new RegExp(String.raw`\b(?:${TO_COME}|again|another)\b|${CONTRACTED_WILL}`, 'iu');
// "When did they meet again?", "When was the next meeting?" ask about one already past.
const PAST = /\b(?:did|was|were|had)\b/i;

/** Whether a question asks about a later instance of something, by its tense or its words. */
export function asksLaterInstance(question: string): boolean {
  return LATER.test(question) && !PAST.test(question);
}

// A sentence about what is to come: "a second storm could arrive on Thursday", "will stay closed until Monday".
const FUTURE = new RegExp(String.raw`\b(?:${TO_COME}|would|could|expected to|expects to|plans? to|planned|scheduled|set to)\b|${CONTRACTED_WILL}`, 'iu');

/**
 * Whether a day a sentence gives may be after its report's: a day of a month (with its year, or in
 * the report's year) after the report's date, or a day it does not date ("Thursday", "in 2027")
 * in a sentence about what is to come. Of a report without a date nothing is known: true.
 */
export function mayBeLater(span: string, sentence: string, reportDate: string | null | undefined): boolean {
  if (!reportDate) return true;
  const report = reportDate.slice(0, 10);
  const day = normaliseDate(span) ?? (/\b\d{4}\b/.test(span) ? null : normaliseDate(`${span.replace(/,\s*$/, '')} ${report.slice(0, 4)}`));
  return day !== null ? day > report : FUTURE.test(sentence);
}
