import { describe, expect, it } from 'vitest';
import { phraseTerms, terms } from '../../src/index/terms.ts';

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
