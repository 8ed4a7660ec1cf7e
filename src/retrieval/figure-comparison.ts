/**
 * A figure a question states as a bound: "Did the call last MORE THAN 10 minutes?", "…under an hour?".
 * A passage's "15-minute" call does not correct that premise, it bears it out; one on a 5-minute call
 * does. Durations are compared in seconds, counts and amounts as numbers (with "thousand", "million"…).
 * Pure.
 */
import type { GivenKind } from '../engine/types.ts';

export type Bound = 'above' | 'at least' | 'below' | 'at most';

// Longest first: "no more than" is a bound from above, though it ends with "more than".
const BOUNDS: readonly [RegExp, Bound][] = [
  [/\b(?:no|not) (?:more|longer|greater|higher|larger|bigger) than\s*$/i, 'at most'],
  [/\b(?:no|not) (?:less|fewer|shorter|lower|smaller) than\s*$/i, 'at least'],
  [/\bat least\s*$/i, 'at least'],
  [/\b(?:at most|up to)\s*$/i, 'at most'],
  [/\b(?:more|longer|greater|higher|larger|bigger) than\s*$|\b(?:over|above|exceeding)\s*$/i, 'above'],
  [/\b(?:less|fewer|shorter|lower|smaller) than\s*$|\b(?:under|below)\s*$/i, 'below'],
];

/** The bound the question puts before the figure it states (`typed`, as it is in the question), with its words as typed ("more than"); null when it states the figure plainly. */
export function boundBefore(question: string, typed: string): { bound: Bound; typed: string } | null {
  const at = question.toLowerCase().indexOf(typed.toLowerCase());
  if (at < 0) return null;
  const before = question.slice(Math.max(0, at - 30), at);
  for (const [pattern, bound] of BOUNDS) {
    const m = pattern.exec(before);
    if (m) return { bound, typed: m[0].trim() };
  }
  return null;
}

const SECONDS: Record<string, number> = { second: 1, minute: 60, hour: 3_600, day: 86_400, week: 604_800, month: 2_629_800, year: 31_557_600, decade: 315_576_000, century: 3_155_760_000, centurie: 3_155_760_000 };
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** The value of a figure as `figuresOfKind` gives it ("15-minute", "$2.4 million", "1 hour"), in seconds for a duration; null when it has no number. */
export function figureValue(kind: GivenKind, figure: string): number | null {
  const number = /\d+(?:,\d{3})*(?:\.\d+)?/.exec(figure);
  if (!number) return null;
  let value = Number(number[0].replace(/,/g, ''));
  const after = figure.slice(number.index + number[0].length).toLowerCase();
  const scale = /^\s*(thousand|million|billion|trillion)\b/.exec(after);
  if (scale) value *= SCALE[scale[1]!]!;
  if (kind === 'duration') {
    const unit = /^[\s-]*(second|minute|hour|day|week|month|year|decade|centurie|century)s?\b/.exec(after);
    if (!unit) return null;
    value *= SECONDS[unit[1]!]!;
  }
  return value;
}

/** Whether `value` lies within the bound of `limit`. */
export function withinBound(value: number, bound: Bound, limit: number): boolean {
  switch (bound) {
    case 'above':
      return value > limit;
    case 'at least':
      return value >= limit;
    case 'below':
      return value < limit;
    case 'at most':
      return value <= limit;
  }
}
