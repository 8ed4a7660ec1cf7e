/**
 * How much each of a question's terms counts, as a factor on its IDF. For a question, its English
 * specificity (english-frequency.ts): the IDF of a small corpus cannot tell an everyday word from a
 * rare one when each occurs in one sentence ("going" and "homicide" in a 25-sentence report), the
 * language at large can. A quote's words keep their IDF: its exact wording is what is sought. Times
 * the word's follow-up weight (follow-up.ts). Pure.
 */
import { englishSpecificity } from './english-frequency.ts';
import { termWeights } from './follow-up.ts';
import type { Question } from './question.ts';

/** Specificity is divided by this (about an everyday content word's) to stay near 1. */
const TYPICAL_SPECIFICITY = 10;

export function searchWeights(q: Question): number[] {
  const followUp = termWeights(q);
  if (q.form !== 'question') return followUp;
  return q.content.map((c, i) => followUp[i]! * (englishSpecificity(c.word, c.lemma) / TYPICAL_SPECIFICITY));
}
