import { describe, expect, it } from 'vitest';
import { derivationalRelatives } from '../../src/retrieval/derivation.ts';

describe('words of one family by derivation (WordNet)', () => {
  it('GIVEN a verb THEN its nouns are relatives, and the other way round', () => {
    expect(derivationalRelatives('seize')).toContain('seizure');
    expect(derivationalRelatives('seizure')).toContain('seize');
    expect(derivationalRelatives('invade')).toContain('invasion');
    expect(derivationalRelatives('die')).toContain('death');
  });

  it('GIVEN a word WordNet relates to nothing, or no word THEN there are none', () => {
    expect(derivationalRelatives('sheinbaum')).toEqual([]);
    expect(derivationalRelatives('')).toEqual([]);
  });
});
