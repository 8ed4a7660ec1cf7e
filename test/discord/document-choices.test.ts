import { describe, expect, it } from 'vitest';
import { chosenDocument, documentChoices } from '../../src/discord/document-choices.ts';

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

describe('a document whose id is longer than a choice value may be (100 characters)', () => {
  const deep = `coverage/2026/01/${'mexico-'.repeat(14)}sheinbaum-trump-call.md`;
  const twin = `archive/2025/12/${'mexico-'.repeat(14)}sheinbaum-trump-call.md`;
  const documents = [...DOCUMENTS, { docId: deep, title: 'The call, as the archive filed it' }];

  it('GIVEN it typed for THEN it is offered, valued by a marked end of its id within 100 characters, which stands for it again', () => {
    expect(deep.length).toBeGreaterThan(100);
    const [choice] = documentChoices(documents, 'archive filed');
    expect(choice!.value.length).toBeLessThanOrEqual(100);
    expect(choice!.value).toMatch(/^….*sheinbaum-trump-call\.md$/);
    expect(chosenDocument(documents, choice!.value)).toBe(deep);
  });

  it('GIVEN an id, typed words, or a marked end two long ids share THEN the value is returned as it came', () => {
    expect(chosenDocument(documents, 'squad/imperialism.txt')).toBe('squad/imperialism.txt');
    expect(chosenDocument(documents, 'oil crisis')).toBe('oil crisis');
    const both = [...documents, { docId: twin, title: 'Twin' }];
    const value = documentChoices(both, 'archive filed')[0]!.value;
    expect(twin.endsWith(value.slice(1))).toBe(true);
    expect(chosenDocument(both, value)).toBe(value);
  });
});
