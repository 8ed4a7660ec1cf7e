import { describe, expect, it } from 'vitest';
import { figureInWords, numbersAsCorpusWrites, spokenTimesInDigits } from '../../src/retrieval/number-words.ts';

const uses = (words: string) => {
  const set = new Set(words.split(' '));
  return (w: string) => set.has(w.toLowerCase());
};

describe('numbers written as the corpus writes them', () => {
  it('GIVEN "fifteen" and a corpus that writes "15" THEN it is read as "15", and says so', () => {
    expect(numbersAsCorpusWrites('Did the call last fifteen minutes?', uses('15 minute call'))).toEqual({
      text: 'Did the call last 15 minutes?',
      written: [{ typed: 'fifteen', read: '15' }],
    });
    expect(numbersAsCorpusWrites('Was it a twenty-five minute call?', uses('25 call')).text).toBe('Was it a 25 minute call?');
  });

  it('GIVEN "15" and a corpus that spells "fifteen" out THEN it is read as "fifteen"', () => {
    expect(numbersAsCorpusWrites('Were 15 ships lost?', uses('fifteen ships')).text).toBe('Were fifteen ships lost?');
  });

  it('GIVEN a form the corpus uses, a form it uses neither way, "one", or a figure of a larger number THEN nothing changes', () => {
    for (const [q, corpus] of [
      ['How did the two presidents speak?', 'presidents'],
      ['Did the call last fifteen minutes?', 'fifteen 15'],
      ['Was one leader absent?', '1'],
      ['What happened in 1755, 56, 57?', 'fifty seven'],
      ['Did 12.5 percent fall?', 'twelve'],
      // A score or a range, no count: "3-0" of a text writing "three-judge panel".
      ['Did the court rule 3-0?', 'three judge'],
      ['Did they win 2 - 1?', 'two'],
    ] as const) {
      expect(numbersAsCorpusWrites(q, uses(corpus))).toEqual({ text: q, written: [] });
    }
  });

  it('GIVEN a question counting what it asks about with a figure neither form of which the corpus writes THEN the figure is read as a word, not listed as read', () => {
    expect(numbersAsCorpusWrites('Which 2 presidents spoke?', uses('presidents'))).toEqual({ text: 'Which two presidents spoke?', written: [] });
    for (const q of ['Did 3 leaders talk?', 'What happened in the 2 days after?', 'When did the Channel 8 documentary air?', 'What fell 20% ?', 'What fell by 20 percent?']) {
      expect(numbersAsCorpusWrites(q, uses('leaders'))).toEqual({ text: q, written: [] });
    }
  });

  it('GIVEN figures THEN their words', () => {
    expect([0, 7, 15, 20, 42, 99, 100].map(figureInWords)).toEqual(['zero', 'seven', 'fifteen', 'twenty', 'forty-two', 'ninety-nine', null]);
  });
});

describe('a time said in words, in digits', () => {
  it.each([
    ['Did the call last an hour?', 'Did the call last 1 hour?', [{ typed: 'an hour', read: '1 hour' }]],
    ['it took Twenty-five minutes', 'it took 25 minutes', [{ typed: 'Twenty-five minutes', read: '25 minutes' }]],
    ['half an hour, then a day', '0.5 hour, then 1 day', [{ typed: 'half an hour', read: '0.5 hour' }, { typed: 'a day', read: '1 day' }]],
    ['one week', '1 week', [{ typed: 'one week', read: '1 week' }]],
  ])('GIVEN "%s" THEN "%s"', (text, read, written) => {
    expect(spokenTimesInDigits(text)).toEqual({ text: read, written });
  });

  it.each(['one of the days', 'an hourly bus', 'a 15-minute call', 'the day after'])('GIVEN "%s", no time said in words THEN as it was', (text) => {
    expect(spokenTimesInDigits(text)).toEqual({ text, written: [] });
  });
});
