import { describe, expect, it } from 'vitest';
import { documentReader } from '../../src/retrieval/document-named.ts';

const reader = documentReader([
  { docId: 'event.md', title: 'Mexican President Rejects US Military Aid Against Cartels' },
  { docId: 'oil.txt', title: '1973 oil crisis' },
  { docId: 'harvard.txt', title: 'Harvard University' },
  { docId: 'huguenot.txt', title: 'Huguenot' },
  { docId: 'war.txt', title: 'French and Indian War' },
  { docId: 'war-1812.txt', title: 'War of 1812' },
]);
/** The document a question names, by id, and what else it asks. */
const read = (question: string) => {
  const reading = reader(question);
  return reading && { docId: reading.document.docId, rest: reading.rest };
};

describe('a question naming a document by its title', () => {
  it.each([
    ['In the oil crisis article, when did prices rise?', 'oil.txt', 'when did prices rise?'],
    ['According to the Harvard University article, who founded it?', 'harvard.txt', 'who founded it?'],
    ['What does the Huguenot article say about Dutch settlers?', 'huguenot.txt', 'Dutch settlers?'],
    ['in the french and indian war story, who was Braddock', 'war.txt', 'who was Braddock'],
    ['Summarize the Mexican president article', 'event.md', 'Summarize'],
  ])('GIVEN "%s" THEN within %s, asking "%s"', (question, docId, rest) => {
    expect(read(question)).toEqual({ docId, rest });
  });

  it('GIVEN "the article about" a whole title THEN within that document; words of a title there are a subject, not a name', () => {
    expect(read('What does the article about the 1973 oil crisis say about prices?')).toEqual({ docId: 'oil.txt', rest: 'prices?' });
    expect(read('Is there an article on Harvard University?')).toEqual({ docId: 'harvard.txt', rest: '' });
    expect(read('Tell me about the story on the War of 1812')).toEqual({ docId: 'war-1812.txt', rest: '' });
    expect(read('What does the article about oil say?')).toBeNull();
    // The title does not end the naming: the question is about the casualties.
    expect(read('What did the report on the War of 1812 casualties say?')).toBeNull();
  });

  it('GIVEN the document named and nothing else asked THEN its content as a whole (no rest)', () => {
    expect(read('What does the Harvard article say?')).toEqual({ docId: 'harvard.txt', rest: '' });
  });

  it.each([
    // The title's words alone ask about the thing, not for the article on it.
    ['When was the oil crisis?'],
    ['Who founded Harvard University?'],
    // A kind of document with no title's words, or words of no title, or of two titles.
    ['What did the report say about fentanyl?'],
    ['What did the State Department report say?'],
    ['What did the war article say about forts?'],
    // Only function words before the kind.
    ['What does this article say about it?'],
    // Title words running into "page" with no determiner before them: a quoted fragment, not a naming;
    // nor "an … article", which is any.
    ['of harvard university page, written in all'],
    ['Is there an oil crisis article?'],
  ])('GIVEN "%s" THEN no document is named', (question) => {
    expect(read(question)).toBeNull();
  });
});
