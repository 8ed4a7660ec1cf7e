/**
 * Checks every claim of the set as a member's message is checked (`statementToCheck`, then the
 * engine), and sums up what they would have seen: the passage that settles the claim quoted first
 * (refusals count as misses), the figure or day the article gives instead named for a false claim
 * stating one, no correction on a true one, and claims the article does not speak of refused.
 */
import type { AnswerEngine } from '../engine/types.ts';
import { statementToCheck } from '../retrieval/check-question.ts';
import type { ClaimCase } from './claim-set.ts';
import { CITED } from './run-eval.ts';
import { hitRank, normalizeForMatch } from './scoring.ts';

export interface ClaimRecord {
  c: ClaimCase;
  asked: string;
  answered: boolean;
  /** 1-based rank of the first cited passage settling the claim, else null. */
  rank: number | null;
  /** What the answer said the first passage gives instead, if anything. */
  corrected: string | null;
}

export async function evaluateClaims(engine: AnswerEngine, cases: readonly ClaimCase[]): Promise<ClaimRecord[]> {
  const out: ClaimRecord[] = [];
  for (const c of cases) {
    const asked = statementToCheck(c.claim);
    const a = await engine.ask(asked, { top: CITED });
    out.push({ c, asked, answered: a.answered, rank: c.answers.length ? hitRank(a.passages.map((p) => p.text), c.answers) : null, corrected: a.corrected?.said ?? null });
  }
  return out;
}

const count = (records: readonly ClaimRecord[], right: (r: ClaimRecord) => boolean) => `${records.filter(right).length} of ${records.length}`;

/** The lines `npm run eval` prints for the set. */
export function claimLines(records: readonly ClaimRecord[]): string[] {
  const spoken = records.filter((r) => r.c.holds !== null);
  const hit = (k: number) => (r: ClaimRecord) => r.answered && r.rank !== null && r.rank <= k;
  const withFigure = records.filter((r) => r.c.said !== null);
  const holding = records.filter((r) => r.c.holds === true);
  const unspoken = records.filter((r) => r.c.holds === null);
  return [
    `  the article speaks of  ${count(spoken, (r) => r.answered)} answered, settling passage first ${count(spoken, hit(1))}, in the first three ${count(spoken, hit(3))}`,
    `  false, with a figure   ${count(withFigure, (r) => r.corrected !== null && normalizeForMatch(r.corrected) === normalizeForMatch(r.c.said!))} named what the article gives instead`,
    `  true                   ${count(holding, (r) => r.corrected === null)} without a correction`,
    `  not spoken of          ${count(unspoken, (r) => !r.answered)} refused`,
  ];
}
