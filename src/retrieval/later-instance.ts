/**
 * A when-question about a later instance of what the coverage reports ("When is the NEXT call?",
 * "When will they talk AGAIN?") is not answered by a day the report gives as its own or earlier:
 * that is when this one was. The report's day is its document's date. Pure.
 */
import { normaliseDate } from '../corpus/normalise-date.ts';

// The future, or another time than the one reported. Not "last" or "first": those ask about one.
const LATER = /\b(?:will|shall|going to|next|again|another|upcoming)\b|\b\p{L}+['’]ll\b/iu;
// "When did they meet again?", "When was the next meeting?" ask about one already past.
const PAST = /\b(?:did|was|were|had)\b/i;

/** Whether a question asks about a later instance of something, by its tense or its words. */
export function asksLaterInstance(question: string): boolean {
  return LATER.test(question) && !PAST.test(question);
}

/**
 * Whether a span giving a date names a day on or before the report's ("Monday, January 12, 2026",
 * or "January 12" in that year, of a report dated 2026-01-12). A span naming no day of a month
 * ("Thursday", "in 2027", "next week") or a report with no date says nothing either way: false.
 */
export function onOrBeforeReport(span: string, reportDate: string | null | undefined): boolean {
  if (!reportDate) return false;
  const report = reportDate.slice(0, 10);
  const day = normaliseDate(span) ?? (/\b\d{4}\b/.test(span) ? null : normaliseDate(`${span.replace(/,\s*$/, '')} ${report.slice(0, 4)}`));
  return day !== null && day <= report;
}
