import { describe, expect, it } from 'vitest';
import { terms } from '../../src/index/terms.ts';
import { holderFirst } from '../../src/retrieval/fuse.ts';
import { combineVectors, followUpReading, mayStandAlone, refersBack, standsAlone, termWeights, withPrevious } from '../../src/retrieval/follow-up.ts';
import { readQuestion } from '../../src/retrieval/question.ts';
import { vocabularyOf } from '../../src/retrieval/spelling.ts';

// The vocabulary of a tiny corpus: index terms with the number of sentences that use each.
const SENTENCES = [
  'The leaders held a 15-minute phone call on Monday, January 12, 2026.',
  'This diplomatic follow-up included a Sunday conversation between Juan Ramon de la Fuente and Marco Rubio.',
  'The U.S. State Department noted that Rubio asked for tangible results.',
  'The context of the discussion was influenced by recent U.S. actions in Venezuela.',
];
const frequencies = new Map<string, number>();
for (const s of SENTENCES) for (const t of new Set(terms(s))) frequencies.set(t, (frequencies.get(t) ?? 0) + 1);
const vocabulary = vocabularyOf(frequencies);
const read = (text: string) => readQuestion(text, vocabulary);

describe('what points back at the previous question', () => {
  it.each(['When was that?', 'Why did she refuse?', 'Who did he talk to?', 'Who was removed there?', 'And what did Rubio want?', 'What about the border?', 'Who was there?', 'How many people were there at the time?'])(
    'GIVEN "%s" THEN it refers back',
    (text) => expect(refersBack(text)).toBe(true),
  );

  // "Is there a deal?": a "there" that says something exists points at no place said before.
  it.each(['What is the capital of Australia?', 'Who is Mexico\'s foreign minister?', 'How long was the phone call?', 'Is there a deal?', 'were there protests', 'There is a deal?'])('GIVEN "%s" THEN it does not', (text) => {
    expect(refersBack(text)).toBe(false);
  });

  it('GIVEN a fragment or a follow-up without content words THEN it cannot stand alone; a full question that points at nothing can', () => {
    expect(standsAlone(read('Under what condition?'))).toBe(false);
    expect(standsAlone(read('Why not?'))).toBe(false);
    expect(standsAlone(read('When did they talk?'))).toBe(false);
    expect(standsAlone(read('What is the capital of Australia?'))).toBe(true);
  });

  it('GIVEN a short question with content words that points at nothing THEN it may stand alone (tried alone first), a fragment that points back or says nothing may not', () => {
    expect(mayStandAlone(read('how many firefighters'))).toBe(true);
    expect(standsAlone(read('how many firefighters'))).toBe(false);
    expect(mayStandAlone(read('Why not?'))).toBe(false);
    expect(mayStandAlone(read('When did they talk?'))).toBe(false);
  });
});

describe('how a follow-up is read', () => {
  const previous = read('Who did Marco Rubio speak with?');

  it('GIVEN "When did they talk?" after "Who did Marco Rubio speak with?" THEN it is read with the previous question', () => {
    expect(followUpReading(read('When did they talk?'), previous)).toBe('with-previous');
  });

  it('GIVEN an ellipsis with a word of its own ("Under what condition?") THEN it is read with the previous question', () => {
    expect(followUpReading(read('Under what condition?'), previous)).toBe('with-previous');
  });

  it('GIVEN a question that shares no word with the previous one and points back at nothing THEN it is a new subject', () => {
    expect(followUpReading(read('What is the capital of Australia?'), previous)).toBe('new-subject');
    expect(followUpReading(read('How long was the phone call?'), previous)).toBe('new-subject');
  });

  it('GIVEN a full question on the same subject THEN it is read with the previous question (find-answer tries it alone too)', () => {
    expect(followUpReading(read('What results did Marco Rubio want from Mexico?'), previous)).toBe('with-previous');
  });

  it('GIVEN a previous question without content words THEN there is nothing to read the follow-up with', () => {
    expect(followUpReading(read('When was that?'), read('Why?'))).toBe('new-subject');
  });
});

describe('the follow-up read with the previous question', () => {
  it('GIVEN "When did they talk?" after "Who did Marco Rubio speak with?" THEN the previous words follow its own, weighing less; what is asked stays the follow-up\'s', () => {
    const own = read('When did they talk?');
    const q = withPrevious(own, read('Who did Marco Rubio speak with?'), 0.75);
    expect(q.content.map((c) => c.word)).toEqual(['talk', 'marco', 'rubio', 'speak']);
    expect(termWeights(q)).toEqual([1, 0.75, 0.75, 0.75]);
    expect(q.terms).toEqual(q.content.map((c) => c.term));
    expect(q.type).toBe('date');
    expect(q.text).toBe(own.text);
    expect(q.form).toBe('question');
  });

  it('GIVEN a word both questions hold THEN it keeps the follow-up\'s full weight and is not repeated', () => {
    const q = withPrevious(read('What did Rubio ask for?'), read('Who did Marco Rubio speak with?'), 0.5);
    expect(q.content.filter((c) => c.word === 'rubio')).toHaveLength(1);
    expect(termWeights(q)).toEqual([1, 1, 0.5, 0.5]);
  });

  it('GIVEN a previous question that names something the corpus never mentions THEN the follow-up keeps that name (it is still about it)', () => {
    const q = withPrevious(read('How old is he?'), read('Who is the president of France?'), 0.75);
    expect(q.names).toEqual(['France']);
  });

  it('GIVEN a chain (a previous question that was itself read with one) THEN the weights multiply', () => {
    const second = withPrevious(read('When did they talk?'), read('Who did Marco Rubio speak with?'), 0.5);
    const third = withPrevious(read('Where?'), second, 0.5);
    expect(termWeights(third)).toEqual([0.5, 0.25, 0.25, 0.25]);
  });

  it('GIVEN a plain question THEN every term weighs 1', () => {
    expect(termWeights(read('Who did Marco Rubio speak with?'))).toEqual([1, 1, 1]);
  });
});

describe('combining the two questions\' vectors', () => {
  const unit = (v: number[]) => Float32Array.from(v.map((x) => x / Math.hypot(...v)));
  const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i]!, 0);

  it('GIVEN the follow-up\'s and the previous question\'s vectors THEN the result is a unit vector nearer the follow-up\'s', () => {
    const own = unit([1, 0, 0]);
    const previous = unit([0, 1, 0]);
    const v = combineVectors(own, previous, 0.75);
    expect(Math.hypot(...v)).toBeCloseTo(1, 6);
    expect(dot(v, own)).toBeGreaterThan(dot(v, previous));
    expect(dot(v, previous)).toBeGreaterThan(0);
  });

  it('GIVEN weight 0 THEN the follow-up\'s vector alone', () => {
    const own = unit([3, 4, 0]);
    expect([...combineVectors(own, unit([0, 0, 1]), 0)].map((x) => x.toFixed(6))).toEqual([...own].map((x) => x.toFixed(6)));
  });
});

describe('a follow-up asking for a precise kind of answer', () => {
  const ranked = [1, 2, 3, 4].map((slot) => ({ slot }));

  it('GIVEN a first candidate without the kind and a later one with it THEN the later one comes first, the rest in order', () => {
    expect(holderFirst(ranked, 12, (r) => r.slot === 3).map((r) => r.slot)).toEqual([3, 1, 2, 4]);
  });

  it('GIVEN a first candidate that holds it THEN the order stays', () => {
    expect(holderFirst(ranked, 12, (r) => r.slot === 1 || r.slot === 3).map((r) => r.slot)).toEqual([1, 2, 3, 4]);
  });

  it('GIVEN a holder only past the depth, or none THEN the order stays', () => {
    expect(holderFirst(ranked, 3, (r) => r.slot === 4).map((r) => r.slot)).toEqual([1, 2, 3, 4]);
    expect(holderFirst(ranked, 12, () => false).map((r) => r.slot)).toEqual([1, 2, 3, 4]);
  });
});
