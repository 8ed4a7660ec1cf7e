/**
 * What questions on other topics find in this corpus: the mean evidence (coverage of the question,
 * dense similarity) that a fixed set of unrelated probe questions gets from its best passage. A large
 * corpus on many topics lends any question a few of its words; a small one lends none. The
 * answer-or-refuse decision weighs a question's evidence against this background, so the same rule
 * holds in a one-article corpus and in a fifty-article one.
 */
import type { DecisionFeatures } from './answerability.ts';
import { OFF_TOPIC_QUESTIONS } from './off-topic-questions.ts';

/** The probes: the first half of the general off-topic questions (the second half trains the decision). */
export const PROBE_QUESTIONS: readonly string[] = OFF_TOPIC_QUESTIONS.slice(0, 40);
/** The other half: negatives for learning the decision, never probes. */
export const TRAINING_NEGATIVES: readonly string[] = OFF_TOPIC_QUESTIONS.slice(40);

export interface Background {
  coverage: number;
  dense: number;
}

export const NO_BACKGROUND: Background = { coverage: 0, dense: 0 };

export function backgroundOf(probes: readonly Pick<DecisionFeatures, 'passageCoverageEnglish' | 'dense'>[]): Background {
  if (probes.length === 0) return NO_BACKGROUND;
  const mean = (f: (p: (typeof probes)[number]) => number) => probes.reduce((s, p) => s + f(p), 0) / probes.length;
  return { coverage: mean((p) => p.passageCoverageEnglish), dense: mean((p) => p.dense) };
}
