import { describe, expect, it } from 'vitest';
import { writesAsName } from '../../src/retrieval/corpus-names.ts';

describe('which words the coverage writes as names', () => {
  it('GIVEN a word capitalised wherever it does not open a sentence THEN it is a name, whatever its form', () => {
    const sentences = ['The call with Sheinbaum lasted 15 minutes.', "Aides said Sheinbaum's office declined.", 'Sheinbaum spoke first.'];
    expect(writesAsName(sentences, 'sheinbaum')).toBe(true);
  });

  it('GIVEN a word written in lower case, or capitalised only when it opens a sentence THEN it is no name', () => {
    expect(writesAsName(['The city is large.', 'Cologne is a big city.'], 'citi')).toBe(false);
    expect(writesAsName(['Security matters.', 'Security was discussed.'], 'secur')).toBe(false);
  });

  it('GIVEN a word capitalised as often as not mid-sentence (a heading, a title) THEN it is no name', () => {
    expect(writesAsName(['A Conversation on Security', 'They talked about security today.'], 'secur')).toBe(false);
    // Nearly always capitalised is enough: four times in five (a name also used as a word); three in four is not.
    const mostly = ['We met Rubio.', 'Then Rubio left.', 'Aides of Rubio spoke.', 'Ask Rubio now.', 'The word rubio is Spanish.'];
    expect(writesAsName(mostly, 'rubio')).toBe(true);
    expect(writesAsName([...mostly.slice(0, 3), mostly[4]!], 'rubio')).toBe(false);
  });

  it('GIVEN no sentence holding the word THEN it is no name', () => {
    expect(writesAsName([], 'sheinbaum')).toBe(false);
  });
});
