import { describe, expect, it } from 'vitest';
import { documentChoices } from '../../src/discord/document-choices.ts';

const DOCUMENTS = [
  { docId: 'event/sheinbaum-trump-call.md', title: 'Mexican President Rejects US Military Aid Against Cartels' },
  { docId: 'squad/1973-oil-crisis.txt', title: '1973 oil crisis' },
  { docId: 'squad/imperialism.txt', title: 'Imperialism' },
];

describe('documentChoices', () => {
  it('GIVEN letters typed THEN the documents whose title or id holds them, named by title and id, valued by id', () => {
    expect(documentChoices(DOCUMENTS, 'MEXIC')).toEqual([{ name: 'Mexican President Rejects US Military Aid Against Cartels (event/sheinbaum-trump-call.md)', value: 'event/sheinbaum-trump-call.md' }]);
    expect(documentChoices(DOCUMENTS, 'squad/').map((c) => c.value)).toEqual(DOCUMENTS.slice(1).map((d) => d.docId));
    expect(documentChoices(DOCUMENTS, '')).toHaveLength(DOCUMENTS.length);
  });
});
