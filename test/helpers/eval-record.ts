/** An `npm run eval` record for tests: an answered question of the event article, right at 1, with `over` laid on it. */
import type { EvalQuestion } from '../../src/evaluation/eval-sets.ts';
import type { EvalRecord } from '../../src/evaluation/run-eval.ts';

export function evalRecord(over: Partial<EvalRecord>): EvalRecord {
  return {
    q: { question: 'When was the call?', answers: ['January 12, 2026'], kind: 'answerable', article: 'event/', half: 'tune' },
    setting: 'single',
    answered: true,
    confidence: 'medium',
    rank: 1,
    topFromArticle: null,
    peerRank: 2,
    peerTopFromArticle: null,
    notMentioned: [],
    missing: [],
    topText: 'The call was on Monday, January 12, 2026.',
    marked: null,
    notGiven: false,
    corrected: false,
    copiesCited: false,
    refusedAs: null,
    markedWithout: false,
    ...over,
  };
}

/** A record of `q` in `setting`, answered (at `rank`) or refused as the model alone refuses. */
export function recordOf(q: EvalQuestion, setting: EvalRecord['setting'], answered: boolean, rank: number | null): EvalRecord {
  return evalRecord({ q, setting, answered, rank, confidence: answered ? 'low' : null, refusedAs: answered ? null : 'none given' });
}
