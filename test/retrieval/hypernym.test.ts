import { describe, expect, it } from 'vitest';
import { stem } from '../../src/index/terms.ts';
import { corpusHypernym } from '../../src/retrieval/hypernym.ts';
import { wordnetVocabulary as vocabulary } from '../helpers/wordnet-vocabulary.ts';

describe('a noun read as the more general word the coverage writes', () => {
  const fell = [stem('fell')];

  it('GIVEN "murders", and a corpus saying "homicides fell" THEN "murders" is read as "homicide", plural or not', () => {
    const v = vocabulary({ homicides: 2, fell: 1 }, [['homicides', 'fell']]);
    expect(corpusHypernym('murders', v, fell)).toBe(stem('homicides'));
    expect(corpusHypernym('murder', v, fell)).toBe(stem('homicides'));
  });

  it('GIVEN the hypernym nowhere near the question\'s other words THEN it is not read: nothing says it was meant', () => {
    expect(corpusHypernym('murders', vocabulary({ homicides: 2, fell: 1 }, []), fell)).toBeNull();
    expect(corpusHypernym('murders', { frequency: () => 1 }, fell)).toBeNull();
  });

  it('GIVEN a question with no other word the corpus uses ("Is there a deal?") THEN the one sense the corpus holds is read', () => {
    expect(corpusHypernym('deal', vocabulary({ agreement: 1 }, []), [])).toBe(stem('agreement'));
  });

  it('GIVEN a hypernym commoner in English than the noun, the broad kind it belongs to ("metal" of "iron", "game" of "cricket") THEN it is not read', () => {
    expect(corpusHypernym('iron', vocabulary({ metal: 3, melting: 1 }, [['metal', 'melting']]), [stem('melting')])).toBeNull();
    expect(corpusHypernym('cricket', vocabulary({ game: 3 }, []), [])).toBeNull();
  });

  it('GIVEN two senses whose hypernyms the corpus holds ("deal": a transaction, an agreement) THEN neither is read', () => {
    expect(corpusHypernym('deal', vocabulary({ agreement: 1, transaction: 1 }, []), [])).toBeNull();
  });

  it('GIVEN a corpus holding the hypernym\'s stem only in another word ("homicidal" of "homicide") THEN it is not read', () => {
    expect(corpusHypernym('murder', vocabulary({ homicidal: 1 }, []), [])).toBeNull();
  });

  it('GIVEN a word naming a kind of person ("ambassador") THEN it is not read as a broader one ("diplomat"): the question asks for that person', () => {
    expect(corpusHypernym('ambassador', vocabulary({ diplomats: 2 }, []), [])).toBeNull();
  });

  it('GIVEN a word most often a verb, or one WordNet has no noun of THEN nothing is read', () => {
    expect(corpusHypernym('walk', vocabulary({ locomotion: 1 }, []), [])).toBeNull();
    expect(corpusHypernym('xyzzy', vocabulary({ agreement: 1 }, []), [])).toBeNull();
  });
});
