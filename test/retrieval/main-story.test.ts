import { describe, expect, it } from 'vitest';
import type { ManifestDocument } from '../../src/index/manifest.ts';
import { terms } from '../../src/index/terms.ts';
import { latestStory, personNamed, storyQuestion, withWordsRead } from '../../src/retrieval/main-story.ts';
import { readQuestion } from '../../src/retrieval/question.ts';
import { vocabularyOf } from '../../src/retrieval/spelling.ts';

const CORPUS = 'the leaders held a call, their talk, they met; Sheinbaum and Trump';
const vocabulary = (() => {
  const frequencies = new Map<string, number>();
  for (const t of new Set(terms(CORPUS))) frequencies.set(t, 1);
  return vocabularyOf(frequencies);
})();

/** The question read against the vocabulary of CORPUS. */
function asked(question: string): ReturnType<typeof readQuestion> {
  return readQuestion(question, vocabulary);
}

const noNames = () => false;

describe('a question asked of the story', () => {
  it.each(['When did they talk?', 'How long did they talk?', 'how long they talk for', 'What day did they talk?', 'When did he talk?'])('GIVEN "%s" THEN it asks a date, a weekday or a duration of people it names only by a pronoun', (q) => {
    // Every word the coverage's own: read as typed.
    expect(storyQuestion(asked(q), noNames, vocabulary)).toEqual([]);
  });

  it.each([
    ['What did they talk about?', 'no date, weekday or duration asked'],
    ['When did Trump talk?', 'a name of its own'],
    ['When did the leaders talk?', 'a thing of its own'],
    ['How long was the call?', 'no pronoun'],
    ['When did they marry?', 'a verb the coverage never uses'],
    ['When was it?', 'no word of its own'],
  ])('GIVEN "%s" (%s) THEN it is read as it is', (q) => {
    expect(storyQuestion(asked(q), noNames, vocabulary)).toBeNull();
  });

  it('GIVEN a word the coverage writes as a name, typed in lower case ("when did they talk to trump") THEN it is read as it is', () => {
    expect(storyQuestion(asked('when did they talk to trump'), (t) => t === terms('trump')[0], vocabulary)).toBeNull();
  });
});

describe('the latest story', () => {
  const doc = (docId: string, date?: string): ManifestDocument => ({ docId, title: docId, meta: date ? { date } : {}, contentHash: docId, sentences: 10 }) as ManifestDocument;

  it('GIVEN one document THEN it is the latest, dated or not', () => {
    expect(latestStory([doc('a')])?.docId).toBe('a');
  });

  it('GIVEN several THEN the one dated after every other; none when the newest two share a date or none has one', () => {
    expect(latestStory([doc('a', '2026-01-12'), doc('b', '2026-01-13'), doc('c')])?.docId).toBe('b');
    expect(latestStory([doc('a', '2026-01-13'), doc('b', '2026-01-13')])).toBeNull();
    expect(latestStory([doc('a'), doc('b')])).toBeNull();
  });
});

describe('the person a run of capitalised words names', () => {
  const names = new Set(['claudia', 'sheinbaum', 'maru', 'campos', 'chihuahua', 'juan', 'ramon', 'fuente', 'mexico', 'city']);
  const asName = (w: string) => names.has(w.toLowerCase());

  it('GIVEN a title and a place before the name THEN only the name is kept', () => {
    expect(personNamed('Mexican President Claudia Sheinbaum', asName)).toBe('Claudia Sheinbaum');
    expect(personNamed('Chihuahua Governor Maru Campos', asName)).toBe('Maru Campos');
  });

  it('GIVEN "de" and "la" inside a name THEN they stay; GIVEN fewer than two name words THEN none', () => {
    expect(personNamed('Secretary Juan Ramon de la Fuente', asName)).toBe('Juan Ramon de la Fuente');
    expect(personNamed('Governor Campos', asName)).toBeNull();
    expect(personNamed('U.S.', asName)).toBeNull();
  });
});

describe('a verb the coverage never uses, in a question asked of the story', () => {
  it('GIVEN "When did they speak?" and a coverage that says "talk" THEN "speak" is read as its first sense\'s synonym "talk"', () => {
    expect(storyQuestion(asked('When did they speak?'), noNames, vocabulary)).toEqual([{ typed: 'speak', read: 'talk' }]);
    expect(storyQuestion(asked('how long did they speak'), noNames, vocabulary)).toEqual([{ typed: 'speak', read: 'talk' }]);
  });

  it('GIVEN a verb none of whose synonyms the coverage uses ("marry"), or another question THEN it is no question of the story; GIVEN every word the coverage\'s own THEN none is read', () => {
    expect(storyQuestion(asked('When did they marry?'), noNames, vocabulary)).toBeNull();
    expect(storyQuestion(asked('What did they speak about?'), noNames, vocabulary)).toBeNull();
    expect(storyQuestion(asked('When did they talk?'), noNames, vocabulary)).toEqual([]);
  });

  it('GIVEN reads THEN whole words are replaced, in any case, and nothing else', () => {
    expect(withWordsRead('When did they Speak? (speaker)', [{ typed: 'speak', read: 'talk' }])).toBe('When did they talk? (speaker)');
  });
});
