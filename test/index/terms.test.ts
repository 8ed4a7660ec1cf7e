import { describe, expect, it } from 'vitest';
import { phraseTerms, terms, words } from '../../src/index/terms.ts';

describe('phrase terms', () => {
  it('GIVEN a quote full of function words THEN neighbouring pairs with some content are kept', () => {
    expect(phraseTerms('And he said unto them, Go ye')).toEqual(['said_unto', 'unto_them', 'them_go', 'go_ye']);
  });

  it('GIVEN two function words side by side THEN they make no phrase', () => {
    expect(phraseTerms('it was the')).toEqual([]);
  });

  it('GIVEN inflected words THEN phrases are stemmed like single terms', () => {
    expect(phraseTerms('phone calls')).toEqual([`${terms('phone')[0]}_${terms('calls')[0]}`]);
  });
});

describe('"US" in capitals', () => {
  it('GIVEN "US" written as a word in capitals THEN it is the term "U.S." gives, not the pronoun "us"', () => {
    expect(terms('Is a US invasion likely?')).toEqual(terms('Is a U.S. invasion likely?'));
    expect(terms("the US's army")).toEqual(terms("the U.S.'s army"));
    expect(terms('the US-Mexico border')).toContain(terms('U.S.')[0]);
  });

  it('GIVEN "us" in lower case, or US inside a longer word THEN nothing changes', () => {
    expect(terms('Tell us about the call')).toEqual(terms('Tell about the call'));
    expect(words('USA and BUS')).toEqual(['usa', 'and', 'bus']);
  });
});

describe('words', () => {
  it('GIVEN accents or compatibility characters THEN they are folded; plain ASCII is split as it is', () => {
    expect(words('Ramón de la Fuente, Zürich café')).toEqual(['ramon', 'de', 'la', 'fuente', 'zurich', 'cafe']);
    expect(words('ﬁnal ①')).toEqual(['final', '1']);
    expect(words('A 15-minute call cost $10,000.50 in 2026.')).toEqual(['a', '15', 'minute', 'call', 'cost', '10,000.50', 'in', '2026']);
  });
});
