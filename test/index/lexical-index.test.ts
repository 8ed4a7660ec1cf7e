import { describe, expect, it } from 'vitest';
import { LexicalIndex } from '../../src/index/lexical-index.ts';
import { terms } from '../../src/index/terms.ts';

const SENTENCES = [
  'The leaders held a 15-minute phone call on Monday.',
  'Trump repeated accusations that cartels are running Mexico.',
  'Sheinbaum declined the offer of U.S. troops.',
  'Fentanyl seizures at the border are falling.',
  'The cartels smuggle fentanyl across the border, officials said, and cartels fight each other.',
];

function build(): LexicalIndex {
  const index = new LexicalIndex();
  SENTENCES.forEach((s, slot) => index.add(slot, terms(s)));
  return index;
}

describe('terms', () => {
  it('GIVEN inflected words and stop words THEN it keeps stems of content words only', () => {
    expect(terms('What did the cartels run?')).toEqual(['cartel', 'run']);
    expect(terms('Juan Ramón de la Fuente')).toEqual(terms('juan ramon de la fuente'));
  });
  it('GIVEN numbers THEN decimals and thousands stay whole', () => {
    expect(terms('3.5 percent')).toContain('3.5');
    expect(terms('10,000 troops')).toContain('10000');
  });
});

describe('LexicalIndex', () => {
  it('GIVEN a question sharing rare words with one sentence THEN that sentence ranks first', () => {
    const hits = build().search(terms('How long was the phone call?'), 3);
    expect(hits[0]?.slot).toBe(0);
  });

  it('GIVEN a stemmed form in the question THEN the inflected sentence matches', () => {
    const hits = build().search(terms('Who is running Mexico?'), 1);
    expect(hits[0]?.slot).toBe(1);
  });

  it('GIVEN a term in fewer sentences THEN it weighs more than a common one', () => {
    const index = build();
    expect(index.idf(terms('troops')[0]!)).toBeGreaterThan(index.idf(terms('fentanyl')[0]!));
    expect(index.idf('nosuchterm')).toBeGreaterThan(index.idf(terms('troops')[0]!));
  });

  it('GIVEN equal matches THEN the shorter sentence scores higher (length normalisation)', () => {
    const index = build();
    const q = terms('fentanyl border');
    expect(index.score(3, q)).toBeGreaterThan(index.score(4, q));
  });

  it('GIVEN a removed sentence THEN it is no longer found and statistics follow', () => {
    const index = build();
    index.remove(2, terms(SENTENCES[2]!));
    expect(index.size).toBe(4);
    expect(index.search(terms('troops declined'), 5).map((h) => h.slot)).not.toContain(2);
  });

  it('GIVEN a question with no known term THEN there are no hits', () => {
    expect(build().search(terms('capital of Australia'), 5)).toEqual([]);
  });
});
