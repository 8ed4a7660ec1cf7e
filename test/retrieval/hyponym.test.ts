import { describe, expect, it } from 'vitest';
import { stem } from '../../src/index/terms.ts';
import { corpusHyponym } from '../../src/retrieval/hyponym.ts';
import { wordnetVocabulary } from '../helpers/wordnet-vocabulary.ts';

const NAMED = ['medal', 'trophy'];
const vocabulary = (words: Record<string, number>, pairs: [string, string][], names: readonly string[] = NAMED) => wordnetVocabulary(words, pairs, names);

describe('a noun read as the one particular kind of it the coverage names', () => {
  const received = [stem('received')];

  it('GIVEN "award", and an obituary saying she "received the Medal of Service" THEN "award" is read as "medal", plural or not', () => {
    const v = vocabulary({ medal: 1, received: 1 }, [['medal', 'received']]);
    expect(corpusHyponym('award', v, received)).toBe(stem('medal'));
    expect(corpusHyponym('awards', v, received)).toBe(stem('medal'));
  });

  it('GIVEN the kind written only as a common noun ("a medal"), not in a name THEN it is not read: it names no particular one', () => {
    expect(corpusHyponym('award', vocabulary({ medal: 1, received: 1 }, [['medal', 'received']], []), received)).toBeNull();
  });

  it('GIVEN two kinds of it the corpus names ("medal", "trophy") THEN neither is read: which was meant is a guess', () => {
    expect(corpusHyponym('award', vocabulary({ medal: 1, trophy: 1, received: 1 }, [['medal', 'received'], ['trophy', 'received']]), received)).toBeNull();
  });

  it('GIVEN the kind nowhere near the question\'s other words THEN it is not read', () => {
    expect(corpusHyponym('award', vocabulary({ medal: 1, received: 1 }, []), received)).toBeNull();
  });

  it('GIVEN a word with many kinds ("animal") or one naming people ("official") THEN it is not read as one of them', () => {
    expect(corpusHyponym('animal', vocabulary({ dog: 2 }, []), [])).toBeNull();
    expect(corpusHyponym('official', vocabulary({ mayor: 2 }, []), [])).toBeNull();
  });
});
