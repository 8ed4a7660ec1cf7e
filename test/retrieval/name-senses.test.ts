import { describe, expect, it } from 'vitest';
import { commonWordDocuments, usesIn } from '../../src/retrieval/name-senses.ts';
import { terms } from '../../src/index/terms.ts';

const TRUMP = terms('Trump')[0]!;

describe('a name and the common word spelled like it', () => {
  it('GIVEN sentences THEN a use as the name is its run\'s last word, letter for letter, past the sentence\'s first word', () => {
    expect(usesIn('The call with Donald Trump went well.', TRUMP, 'Trump')).toEqual({ asName: 1, lower: 0, capitalised: 1 });
    expect(usesIn("Trump's envoy met Trump.", TRUMP, 'Trump')).toEqual({ asName: 1, lower: 0, capitalised: 1 });
    expect(usesIn('A low trump beats any other card.', TRUMP, 'Trump')).toEqual({ asName: 0, lower: 1, capitalised: 0 });
    // A title before a name ("President Maduro", "the President of Harvard") is no use as a name.
    const president = terms('President')[0]!;
    expect(usesIn('They met President Maduro and the President of Harvard.', president, 'President')).toEqual({ asName: 0, lower: 0, capitalised: 2 });
    // "Gates" names nobody called "Gate".
    const gate = terms('Gate')[0]!;
    expect(usesIn('A gift from Bill Gates.', gate, 'Gate')).toEqual({ asName: 0, lower: 0, capitalised: 1 });
  });

  it('GIVEN the uses per document THEN only where another document writes it as a name, the documents that never capitalise it write another word', () => {
    const uses = new Map([
      [0, { asName: 5, lower: 0, capitalised: 5 }],
      [1, { asName: 0, lower: 3, capitalised: 0 }],
      [2, { asName: 0, lower: 2, capitalised: 1 }],
    ]);
    expect(commonWordDocuments(uses)).toEqual(new Set([1]));
    // No document that writes it as a name, nearly always: one word everywhere.
    expect(commonWordDocuments(new Map([[0, { asName: 2, lower: 1, capitalised: 2 }], [1, { asName: 0, lower: 3, capitalised: 0 }]]))).toEqual(new Set());
  });
});

describe('a name with accents', () => {
  it('GIVEN "Céloron" THEN its uses are found as its term is (accents folded)', () => {
    expect(usesIn('The expedition of Pierre-Joseph Céloron went south.', terms('Céloron')[0]!, 'Céloron')).toEqual({ asName: 1, lower: 0, capitalised: 1 });
  });
});
