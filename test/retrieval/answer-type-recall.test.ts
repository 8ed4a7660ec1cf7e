/**
 * The answer-type patterns carry the ranking's largest learned weight: this guards how many of the
 * tune half's gold answers they recognise (../shared/eval; skipped when the folder is absent). The
 * floors sit a little under what was measured when the patterns were last changed (see the README).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { loadEvalSets } from '../../src/evaluation/eval-sets.ts';
import { expectedAnswerType, holdsAnswerType, type AnswerType } from '../../src/retrieval/answer-type.ts';

const EVAL_DIR = path.join(PROJECT_ROOT, '..', 'shared', 'eval');
// Measured 2026-12-03: date 95.6%, number 96.9%, money 93.8%, person 95.7% (of 158, 65, 16, 115).
const FLOORS: Partial<Record<Exclude<AnswerType, null>, number>> = { date: 0.93, number: 0.94, money: 0.87, person: 0.92 };

describe('the answer types against the tune half of the evaluation sets', () => {
  it.skipIf(!existsSync(path.join(EVAL_DIR, 'squad2-more.json')))(
    `GIVEN the tune half's answerable questions (${EVAL_DIR}, skipped when absent) THEN a sentence giving a gold answer holds the asked-for type at least as often as the floors`,
    () => {
      const sets = loadEvalSets(EVAL_DIR)!;
      const counts = new Map<string, { asked: number; held: number }>();
      for (const q of sets.questions) {
        if (q.half !== 'tune' || q.kind !== 'answerable' || q.answers.length === 0) continue;
        const type = expectedAnswerType(q.question);
        if (!type || !(type in FLOORS)) continue;
        const c = counts.get(type) ?? { asked: 0, held: 0 };
        c.asked++;
        if (q.answers.some((a) => holdsAnswerType(`It was ${a}.`, type, q.question))) c.held++;
        counts.set(type, c);
      }
      for (const [type, floor] of Object.entries(FLOORS)) {
        const c = counts.get(type)!;
        expect(c.asked, type).toBeGreaterThan(10);
        expect(c.held / c.asked, `${type}: ${c.held} of ${c.asked}`).toBeGreaterThanOrEqual(floor);
      }
    },
  );
});
