import { describe, expect, it } from 'vitest';
import { terms } from '../../src/index/terms.ts';
import { termWeights, withPrevious } from '../../src/retrieval/follow-up.ts';
import { readQuestion } from '../../src/retrieval/question.ts';
import { vocabularyOf } from '../../src/retrieval/spelling.ts';
import { searchWeights } from '../../src/retrieval/term-weights.ts';

// A small corpus in which "going" and "homicide" each occur once: their IDF is the same.
const SENTENCES = ['So far it is going very well in Mexico.', 'A significant decrease in homicide rates.', 'Mexico cooperates.'];
const frequencies = new Map<string, number>();
for (const s of SENTENCES) for (const t of new Set(terms(s))) frequencies.set(t, (frequencies.get(t) ?? 0) + 1);
const read = (text: string) => readQuestion(text, vocabularyOf(frequencies));

describe('search weights of question terms', () => {
  it('GIVEN a question THEN a rare word of English weighs more than an everyday one the corpus holds as often', () => {
    const q = read('Are homicides going down in Mexico?');
    const weight = (word: string) => searchWeights(q)[q.content.findIndex((c) => c.word === word)]!;
    expect(weight('homicides')).toBeGreaterThan(1.5 * weight('going'));
  });

  it('GIVEN quoted wording THEN every word keeps its IDF alone', () => {
    const q = read('"a significant decrease in homicide rates"');
    expect(q.form).toBe('quote');
    expect(searchWeights(q)).toEqual(termWeights(q));
  });

  it('GIVEN a follow-up read with its previous question THEN the previous words weigh their follow-up share of it', () => {
    const first = read('Are homicides going down?');
    const both = withPrevious(read('In Mexico?'), first, 0.5);
    const own = searchWeights(read('Are homicides going down in Mexico?'));
    const weights = searchWeights(both);
    const homicide = both.content.findIndex((c) => c.word === 'homicides');
    expect(weights[homicide]).toBeCloseTo(0.5 * own[read('Are homicides going down in Mexico?').content.findIndex((c) => c.word === 'homicides')]!, 10);
  });
});
