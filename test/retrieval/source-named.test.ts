import { describe, expect, it } from 'vitest';
import { isUserError } from '../../src/errors.ts';
import { documentNamed, sourceNamed } from '../../src/retrieval/source-named.ts';

const DOCUMENTS = [
  { docId: 'event/sheinbaum-trump-call.md', title: 'Mexican President Rejects US Military Aid Against Cartels' },
  { docId: 'squad/1973-oil-crisis.txt', title: '1973 oil crisis' },
  { docId: 'squad/french-and-indian-war.txt', title: 'French and Indian War' },
  { docId: 'squad/imperialism.txt', title: 'Imperialism' },
  { docId: 'squad/huguenot.txt', title: 'Huguenot' },
];

describe('documentNamed', () => {
  it('GIVEN the id the autocomplete fills in THEN that document', () => {
    expect(documentNamed(DOCUMENTS, 'squad/imperialism.txt')).toEqual({ docId: 'squad/imperialism.txt' });
  });

  it('GIVEN the title in any case and spacing, or whole words of it THEN that document', () => {
    expect(documentNamed(DOCUMENTS, '  french AND indian   war ')).toEqual({ docId: 'squad/french-and-indian-war.txt' });
    expect(documentNamed(DOCUMENTS, 'oil crisis')).toEqual({ docId: 'squad/1973-oil-crisis.txt' });
    expect(documentNamed(DOCUMENTS, 'Mexican president')).toEqual({ docId: 'event/sheinbaum-trump-call.md' });
    // Words of the id too: the file name a moderator knows.
    expect(documentNamed(DOCUMENTS, 'sheinbaum trump call')).toEqual({ docId: 'event/sheinbaum-trump-call.md' });
  });

  it('GIVEN part of a word only THEN no document: "il cri" names nothing', () => {
    expect(documentNamed(DOCUMENTS, 'il cri')).toEqual({ none: true });
    expect(documentNamed(DOCUMENTS, 'zebra')).toEqual({ none: true });
    expect(documentNamed(DOCUMENTS, ' ?! ')).toEqual({ none: true });
  });

  it('GIVEN words in several titles THEN the documents it could mean', () => {
    const reading = documentNamed(DOCUMENTS, 'squad');
    expect('ambiguous' in reading && reading.ambiguous.map((d) => d.docId)).toEqual(DOCUMENTS.slice(1).map((d) => d.docId));
  });

  it('GIVEN a title that is also a word of a longer one THEN the exact title wins', () => {
    const docs = [...DOCUMENTS, { docId: 'huguenot-history.md', title: 'Huguenot history' }];
    expect(documentNamed(docs, 'Huguenot')).toEqual({ docId: 'squad/huguenot.txt' });
    expect('ambiguous' in documentNamed(docs, 'huguenot.')).toBe(false);
  });
});

describe('sourceNamed', () => {
  const refusal = (typed: string, documents = DOCUMENTS) => {
    try {
      sourceNamed(documents, typed);
    } catch (error) {
      if (isUserError(error)) return error;
      throw error;
    }
    throw new Error(`"${typed}" named a document`);
  };

  it('GIVEN a source naming one document THEN it, with its title', () => {
    expect(sourceNamed(DOCUMENTS, 'imperialism')).toEqual(DOCUMENTS[3]);
  });

  it('GIVEN a source naming none THEN a message that lists the documents to pick from, the rest counted', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ docId: `d${i}.md`, title: `Report ${i}` }));
    const e = refusal('zebra', many);
    expect(e.code).toBe('SOURCE_NOT_FOUND');
    expect(e.message).toBe(
      'No document of the coverage is called "zebra". Give its title, a few words of it, or its id: ' +
        '“Report 0” (d0.md); “Report 1” (d1.md); “Report 2” (d2.md); “Report 3” (d3.md); “Report 4” (d4.md); “Report 5” (d5.md); “Report 6” (d6.md); “Report 7” (d7.md); and 4 more.',
    );
  });

  it('GIVEN a source naming several THEN a message that lists those only', () => {
    const e = refusal('war', [...DOCUMENTS, { docId: 'war-of-1812.md', title: 'War of 1812' }]);
    expect(e.code).toBe('SOURCE_AMBIGUOUS');
    expect(e.message).toBe('"war" is in the title of several documents: “French and Indian War” (squad/french-and-indian-war.txt); “War of 1812” (war-of-1812.md). Give more of the title, or the id.');
  });
});
