import { describe, expect, it } from 'vitest';
import { derivationPairs } from '../../scripts/wordnet-lexicon/wordnet-data.ts';

// Two synsets in WordNet's data format (wndb(5WN)), pointing at each other with "+" (derivation),
// one with a two-word lemma that is left out, and the licence header's indented lines.
const VERB = `  1 This software and database is being provided to you, the LICENSEE, by Princeton University
00001000 35 v 02 seize 0 grab 0 002 + 00002000 n 0101 + 00003000 n 0201 | take hold of
`;
const NOUN = `  1 licence text
00002000 04 n 01 seizure 0 001 + 00001000 v 0101 | the act of taking
00003000 04 n 01 grab_bag 0 001 + 00001000 v 0102 | a mixed lot
`;

describe('WordNet derivation pairs', () => {
  it('GIVEN data files THEN each verb and noun of one word joined by "+" comes once, verb first', () => {
    expect(derivationPairs([{ pos: 'verb', text: VERB }, { pos: 'noun', text: NOUN }])).toEqual([['seize', 'seizure']]);
  });
});
