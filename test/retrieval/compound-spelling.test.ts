import { describe, expect, it } from 'vitest';
import { terms } from '../../src/index/terms.ts';
import { compoundsAsCorpusWrites } from '../../src/retrieval/compound-spelling.ts';
import { readQuestion } from '../../src/retrieval/question.ts';
import { sentenceVocabulary } from '../helpers/sentence-vocabulary.ts';

const CORPUS = [
  'The allies left the Rhineland in 1930 and the German army re-occupied it in 1936.',
  'French forces destroyed the fort and a large store of gunpowder.',
  'The unelected officials of the Commission propose laws.',
  'The oil fields near the coast and the oilfields inland were seized.',
  'Often ten ships sailed at once.',
  'This diplomatic follow-up included a Sunday conversation.',
];

const v = sentenceVocabulary(CORPUS);

describe('compounds spelled as the corpus spells them', () => {
  it('GIVEN a closed word the corpus writes with a hyphen ("reoccupy" / "re-occupied") THEN it is split where the corpus splits it', () => {
    expect(compoundsAsCorpusWrites('When did the German army reoccupy Rhineland?', v)).toEqual({
      text: 'When did the German army re-occupy Rhineland?',
      written: [{ typed: 'reoccupy', read: 're-occupy' }],
    });
    expect(compoundsAsCorpusWrites('What did the followup include?', v).text).toBe('What did the follow-up include?');
  });

  it('GIVEN two words, apart or hyphenated, that the corpus writes as one ("gun powder", "un-elected") THEN they are read as one', () => {
    expect(compoundsAsCorpusWrites('How much gun powder was destroyed?', v)).toEqual({ text: 'How much gunpowder was destroyed?', written: [{ typed: 'gun powder', read: 'gunpowder' }] });
    expect(compoundsAsCorpusWrites('Who are the un-elected officials?', v).text).toBe('Who are the unelected officials?');
  });

  it('GIVEN spellings the corpus uses, or words that only happen to make a corpus word THEN nothing is changed', () => {
    // Both spellings are the corpus's own; "oil" and "fields" are words of their own.
    for (const q of ['Who seized the oil fields?', 'Who seized the oilfields?', 'How often did ten ships sail?', 'Where was the gunpowder stored?', 'When was the Rhineland re-occupied?'])
      expect(compoundsAsCorpusWrites(q, v)).toEqual({ text: q, written: [] });
    // Without phrases to check, nothing is split.
    const { hasPhrase: _, ...plain } = v;
    expect(compoundsAsCorpusWrites('When did the army reoccupy it?', plain).written).toEqual([]);
  });

  it('GIVEN a question with such a compound THEN it searches the corpus word and says how it read it', () => {
    const q = readQuestion('How much gun powder was destroyed at the fort?', v);
    expect(q.terms).toContain(terms('gunpowder')[0]);
    expect(q.content.every((c) => c.known)).toBe(true);
    expect(q.wordsWrittenOut).toEqual([{ typed: 'gun powder', read: 'gunpowder' }]);
    const r = readQuestion('When did the army reoccupy the Rhineland?', v);
    expect(r.content.find((c) => c.word === 'occupy')).toMatchObject({ known: true });
  });
});
