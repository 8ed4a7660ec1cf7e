import { describe, expect, it } from 'vitest';
import { compareRuns, groupOf, signTestP } from '../../src/evaluation/compare-runs.ts';
import type { EvalQuestion } from '../../src/evaluation/eval-sets.ts';
import { recordOf } from '../helpers/eval-record.ts';

const question = (text: string, over: Partial<EvalQuestion> = {}): EvalQuestion => ({ question: text, answers: ['x'], kind: 'answerable', article: 'rhine.txt', half: 'tune', ...over });

describe('two eval runs compared question by question', () => {
  it('GIVEN questions that moved each way THEN each measure counts before, after, gained and lost', () => {
    const qs = ['a', 'b', 'c', 'd'].map((t) => question(t));
    const before = [recordOf(qs[0]!, 'single', true, 1), recordOf(qs[1]!, 'single', true, 2), recordOf(qs[2]!, 'single', false, 1), recordOf(qs[3]!, 'single', true, null)];
    const after = [recordOf(qs[0]!, 'single', true, 2), recordOf(qs[1]!, 'single', true, 1), recordOf(qs[2]!, 'single', true, 1), recordOf(qs[3]!, 'single', false, null)];
    const { groups, unpaired } = compareRuns(before, after);
    expect(unpaired).toBe(0);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.group).toBe('single tune answerable');
    const by = Object.fromEntries(groups[0]!.changes.map((c) => [c.measure, c]));
    expect(by['answered']).toMatchObject({ before: 3, after: 3, gained: 1, lost: 1 });
    expect(by['hit@1']).toMatchObject({ before: 1, after: 2, gained: 2, lost: 1 });
    expect(by['hit@3']).toMatchObject({ before: 2, after: 3, gained: 1, lost: 0 });
  });

  it('GIVEN questions with no answer THEN refusals are counted, apart by setting, half and kind, the event article\'s further questions apart', () => {
    const off = question('What is the capital of Peru?', { kind: 'off-topic', article: null, answers: [] });
    const further = question('Where was Sheinbaum born?', { kind: 'off-topic', article: null, answers: [], half: 'check', extra: true });
    const before = [recordOf(off, 'single', true, null), recordOf(off, 'single', false, null), recordOf(off, 'mixed', true, null), recordOf(further, 'single', true, null)];
    const after = [recordOf(off, 'single', false, null), recordOf(off, 'single', false, null), recordOf(off, 'mixed', true, null), recordOf(further, 'single', false, null)];
    const { groups } = compareRuns(before, after);
    expect(groups.map((g) => [g.group, g.questions, g.changes])).toEqual([
      ['mixed tune off-topic', 1, [{ measure: 'refused', before: 0, after: 0, gained: 0, lost: 0, p: 1 }]],
      ['single check off-topic (event, further)', 1, [{ measure: 'refused', before: 0, after: 1, gained: 1, lost: 0, p: 1 }]],
      ['single tune off-topic', 2, [{ measure: 'refused', before: 1, after: 2, gained: 1, lost: 0, p: 1 }]],
    ]);
  });

  it('GIVEN a question asked several times in one setting THEN its records pair in order, and records of one run only are counted apart', () => {
    const off = question('Who won the World Cup?', { kind: 'off-topic', article: null, answers: [] });
    const only = question('Asked in one run only');
    const before = [recordOf(off, 'single', true, null), recordOf(off, 'single', false, null), recordOf(only, 'single', true, 1)];
    const after = [recordOf(off, 'single', true, null), recordOf(off, 'single', true, null)];
    const { groups, unpaired } = compareRuns(before, after);
    expect(unpaired).toBe(1);
    expect(groups[0]!.changes[0]).toMatchObject({ before: 1, after: 0, gained: 0, lost: 1 });
  });

  it('GIVEN the event article\'s seed questions THEN they form a group of their own', () => {
    expect(groupOf({ setting: 'mixed', q: question('How long was the call?', { article: 'event/' }) })).toBe('mixed tune answerable (event)');
    expect(groupOf({ setting: 'mixed', q: question('How long was the call?', { article: 'event/', extra: true, half: 'check' }) })).toBe('mixed check answerable (event, further)');
  });
});

describe('the sign test', () => {
  it('GIVEN moves all one way THEN p is the chance of as lopsided a split at even odds, both ways', () => {
    expect(signTestP(5, 0)).toBeCloseTo(2 / 32, 12);
    expect(signTestP(0, 5)).toBeCloseTo(2 / 32, 12);
    expect(signTestP(3, 1)).toBeCloseTo((2 * (1 + 4)) / 16, 12);
  });

  it('GIVEN no moves or an even split THEN p is 1; GIVEN hundreds one way THEN it is tiny, not NaN', () => {
    expect(signTestP(0, 0)).toBe(1);
    expect(signTestP(4, 4)).toBe(1);
    const p = signTestP(400, 300);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(0.001);
  });
});
