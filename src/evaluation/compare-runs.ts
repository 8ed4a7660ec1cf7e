/**
 * Two `npm run eval --json` runs compared question by question: in each setting, half and kind of
 * question, how many were answered, right first or in the first three (answerable) or refused (no
 * answer) before and after, how many moved each way, and how likely as many moves one way would be
 * by chance (an exact sign test over the questions that moved). Retraining moves a few questions
 * whatever the change; the test says which differences a change has earned. Pure.
 */
import { EVENT_ARTICLE } from './eval-sets.ts';
import type { EvalRecord } from './run-eval.ts';
import { answeredWithin } from './summary.ts';

export type Measure = 'answered' | 'hit@1' | 'hit@3' | 'refused';

export interface MeasureChange {
  measure: Measure;
  before: number;
  after: number;
  /** Questions counted after and not before. */
  gained: number;
  /** Questions counted before and not after. */
  lost: number;
  /** Two-sided exact sign test over gained and lost: the chance of moves this lopsided with no real difference. */
  p: number;
}

export interface GroupComparison {
  /** Setting, half and kind: "mixed check answerable", "single tune off-topic", "mixed check answerable (event)". */
  group: string;
  questions: number;
  changes: MeasureChange[];
}

export interface RunComparison {
  groups: GroupComparison[];
  /** Records of either run with no counterpart in the other (another question set, or a setting run once). */
  unpaired: number;
}

/** A record's group; the event article's questions apart from SQuAD's, as the eval prints them. */
export function groupOf(r: Pick<EvalRecord, 'setting' | 'q'>): string {
  // The further event questions (eval/event-questions.json) hold off-topic ones, which name no article.
  const event = r.q.extra ? ' (event, further)' : r.q.article === EVENT_ARTICLE ? ' (event)' : '';
  return `${r.setting} ${r.q.half} ${r.q.kind}${event}`;
}

const MEASURES: Record<'answerable' | 'none', readonly { measure: Measure; counts: (r: EvalRecord) => boolean }[]> = {
  answerable: [
    { measure: 'answered', counts: (r) => r.answered },
    { measure: 'hit@1', counts: (r) => answeredWithin(r, 1) },
    { measure: 'hit@3', counts: (r) => answeredWithin(r, 3) },
  ],
  none: [{ measure: 'refused', counts: (r) => !r.answered }],
};

/**
 * The records paired: the same setting, article, kind and question; a question asked several times in
 * one setting (an off-topic one of every article's corpus) pairs in the order the runs wrote them.
 */
export function pairedRecords(before: readonly EvalRecord[], after: readonly EvalRecord[]): { pairs: [EvalRecord, EvalRecord][]; unpaired: number } {
  const key = (r: EvalRecord) => JSON.stringify([r.setting, r.q.half, r.q.article, r.q.kind, r.q.question]);
  const waiting = new Map<string, EvalRecord[]>();
  for (const r of before) {
    const list = waiting.get(key(r));
    if (list) list.push(r);
    else waiting.set(key(r), [r]);
  }
  const pairs: [EvalRecord, EvalRecord][] = [];
  let unpaired = 0;
  for (const r of after) {
    const earlier = waiting.get(key(r))?.shift();
    if (earlier) pairs.push([earlier, r]);
    else unpaired++;
  }
  for (const list of waiting.values()) unpaired += list.length;
  return { pairs, unpaired };
}

export function compareRuns(before: readonly EvalRecord[], after: readonly EvalRecord[]): RunComparison {
  const { pairs, unpaired } = pairedRecords(before, after);
  const byGroup = new Map<string, [EvalRecord, EvalRecord][]>();
  for (const pair of pairs) {
    const g = groupOf(pair[1]);
    const list = byGroup.get(g);
    if (list) list.push(pair);
    else byGroup.set(g, [pair]);
  }
  const groups = [...byGroup].map(([group, list]) => ({
    group,
    questions: list.length,
    changes: MEASURES[list[0]![1].q.kind === 'answerable' ? 'answerable' : 'none'].map(({ measure, counts }) => {
      const gained = list.filter(([a, b]) => !counts(a) && counts(b)).length;
      const lost = list.filter(([a, b]) => counts(a) && !counts(b)).length;
      return { measure, before: list.filter(([a]) => counts(a)).length, after: list.filter(([, b]) => counts(b)).length, gained, lost, p: signTestP(gained, lost) };
    }),
  }));
  groups.sort((a, b) => a.group.localeCompare(b.group));
  return { groups, unpaired };
}

/** Two-sided exact binomial test of `gained` against `lost` at even odds (1 when nothing moved). */
export function signTestP(gained: number, lost: number): number {
  const n = gained + lost;
  const k = Math.min(gained, lost);
  // P(X ≤ k) for X ~ Binomial(n, ½), summed in logs so that large n stays finite.
  let logChoose = 0;
  let tail = 0;
  for (let i = 0; i <= k; i++) {
    if (i > 0) logChoose += Math.log(n - i + 1) - Math.log(i);
    tail += Math.exp(logChoose - n * Math.LN2);
  }
  return Math.min(1, 2 * tail);
}
