import { describe, expect, it } from 'vitest';
import { derivationalRelatives } from '../../src/retrieval/derivation.ts';

describe('words of one family by derivation (WordNet)', () => {
  it('GIVEN a verb or a noun, inflected or not THEN the other part of speech of its family are its relatives', () => {
    expect(derivationalRelatives('seized')).toContain('seizure');
    expect(derivationalRelatives('seizures')).toContain('seize');
    expect(derivationalRelatives('invade')).toContain('invasion');
    expect(derivationalRelatives('died')).toContain('death');
  });

  it('GIVEN an adjective form THEN it has none, though a verb of the same spelling has ("longest" is not "long" as in "longing")', () => {
    expect(derivationalRelatives('longest')).toEqual([]);
    expect(derivationalRelatives('smallest')).toEqual([]);
    expect(derivationalRelatives('longed')).toContain('longing');
  });

  it('GIVEN a name or its adjective THEN the other is its relative ("America" of an article that writes "American"), and a common adjective is no name\'s', () => {
    expect(derivationalRelatives('america')).toContain('american');
    expect(derivationalRelatives('american')).toContain('america');
    expect(derivationalRelatives('asian')).toContain('asia');
    expect(derivationalRelatives('palestine')).toContain('palestinian');
    expect(derivationalRelatives('official')).not.toContain('office');
    expect(derivationalRelatives('economic')).not.toContain('economy');
  });

  it('GIVEN a word WordNet relates to nothing, or no word THEN there are none', () => {
    expect(derivationalRelatives('sheinbaum')).toEqual([]);
    expect(derivationalRelatives('')).toEqual([]);
  });
});
