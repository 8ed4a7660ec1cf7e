import { describe, expect, it } from 'vitest';
import { lazyListsByWord, listsByWord } from '../../src/lexicon/word-lists.ts';
import { firstSenseSynonyms } from '../../src/retrieval/verb-synonyms.ts';

describe('lists by word', () => {
  it('GIVEN "word a,b" lines THEN each word maps to its list; blank lines and words without a list are skipped', () => {
    expect([...listsByWord('\nspeak talk,utter\nalone\nend conclude\n')]).toEqual([['speak', ['talk', 'utter']], ['end', ['conclude']]]);
  });

  it('GIVEN another separator THEN the list splits at it', () => {
    expect(listsByWord('end conclude,close|lapse', '|').get('end')).toEqual(['conclude,close', 'lapse']);
  });

  it('GIVEN a lazy table THEN it is read once and kept', () => {
    const table = lazyListsByWord('speak talk');
    expect(table()).toBe(table());
    expect(table().get('speak')).toEqual(['talk']);
  });
});

describe('first-sense verb synonyms (shipped WordNet data)', () => {
  it('GIVEN "speak" and "phone" THEN their first senses\' synonyms; GIVEN a word WordNet has no verb of THEN none', () => {
    expect(firstSenseSynonyms('speak')).toContain('talk');
    expect(firstSenseSynonyms('phone')).toContain('call');
    expect(firstSenseSynonyms('sheinbaum')).toEqual([]);
  });
});
