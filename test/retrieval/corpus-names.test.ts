import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WordVectors } from '../../src/embedding/word-vectors.ts';
import { NO_BACKGROUND } from '../../src/retrieval/background.ts';
import { capitalsSayNothing, withCorpusCapitals, writesAsName, writesInCapitals, writtenAsName, writtenInCapitals } from '../../src/retrieval/corpus-names.ts';
import { findAnswer } from '../../src/retrieval/find-answer.ts';
import { corpusEngine, type CorpusEngine } from '../helpers/corpus-engine.ts';

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

describe('which words the coverage writes in capitals', () => {
  it('GIVEN an initialism written in capitals, possessive or not THEN it is written so; a name with lower-case letters, or an initialism also written otherwise, is not', () => {
    expect(writesInCapitals(['The EU court ruled.', "The EU's law applies.", 'EU members agreed.'], 'eu')).toBe(true);
    expect(writesInCapitals(['Sheinbaum spoke.', 'SHEINBAUM SPEAKS'], 'sheinbaum')).toBe(false);
    expect(writesInCapitals(['Nato met.', 'NATO met.'], 'nato')).toBe(false);
    expect(writesInCapitals([], 'eu')).toBe(false);
  });
});

describe('a question typed in lower case, read with the coverage\'s capitals', () => {
  const names = new Set(['sheinbaum', 'mexico', 'rubio']);
  const isName = (term: string) => names.has(term);

  it('GIVEN a question all in lower case THEN the words the coverage writes as names are capitalised, possessives and all', () => {
    expect(withCorpusCapitals('how many votes did sheinbaum win in mexico city', isName)).toBe('how many votes did Sheinbaum win in Mexico city');
    expect(withCorpusCapitals("what did rubio's office say", isName)).toBe("what did Rubio's office say");
    // The first letter alone capitalised is still a lower-case question.
    expect(withCorpusCapitals('Did sheinbaum agree?', isName)).toBe('Did Sheinbaum agree?');
  });

  it('GIVEN an initialism the coverage writes in capitals, typed in lower case THEN it is written in capitals ("EU", not "Eu"), possessive kept', () => {
    const isInitialism = (term: string) => term === 'eu';
    const nameOrInitialism = (term: string) => isName(term) || isInitialism(term);
    expect(withCorpusCapitals("what did the eu's court say to mexico", nameOrInitialism, isInitialism)).toBe("what did the EU's court say to Mexico");
    expect(withCorpusCapitals('what is the main body of the eu', nameOrInitialism)).toBe('what is the main body of the Eu');
  });

  it('GIVEN "us" in lower case THEN it is the country after an article or before a noun, the pronoun after a verb or before a function word or verb', () => {
    const withCountry = (t: string) => isName(t) || t === 'u';
    expect(withCorpusCapitals('is a us invasion likely', withCountry)).toBe('is a US invasion likely');
    expect(withCorpusCapitals('what did the us offer', withCountry)).toBe('what did the US offer');
    expect(withCorpusCapitals('did sheinbaum accept us troops', withCountry)).toBe('did Sheinbaum accept US troops');
    expect(withCorpusCapitals('tell us about the call', withCountry)).toBe('tell us about the call');
    expect(withCorpusCapitals('help us understand the deal', withCountry)).toBe('help us understand the deal');
    // A coverage that never writes the country: the pronoun stays.
    expect(withCorpusCapitals('is a us invasion likely', isName)).toBe('is a us invasion likely');
  });

  it('GIVEN a question with capitals of its own past its first letter THEN it is read as written', () => {
    expect(withCorpusCapitals('Did Sheinbaum visit mexico?', isName)).toBe('Did Sheinbaum visit mexico?');
  });

  it('GIVEN words the coverage writes in lower case, function words, or a hyphened word not all names THEN they stay', () => {
    expect(withCorpusCapitals('what is the population of the city', isName)).toBe('what is the population of the city');
    expect(withCorpusCapitals('is mexico-style aid useful for us', isName)).toBe('is mexico-style aid useful for us');
  });

  it('GIVEN a question In Title Case or in capitals THEN it is read as one typed in lower case: an initialism keeps its capitals, the coverage\'s names get theirs', () => {
    const withCountry = (t: string) => isName(t) || t === 'u';
    expect(withCorpusCapitals('What Is The US Position?', withCountry)).toBe('what is the US position?');
    expect(withCorpusCapitals('Did Sheinbaum Accept US Troops?', withCountry)).toBe('did Sheinbaum accept US troops?');
    expect(withCorpusCapitals('WHAT DID RUBIO ASK THE US FOR', withCountry)).toBe('what did Rubio ask the US for');
    // A word the coverage never writes as a name is no name, capitalised or not.
    expect(withCorpusCapitals('Who Is The Finance Minister?', isName)).toBe('who is the finance minister?');
  });

  it('GIVEN capitals on most words past the first THEN they say nothing only with a function word among them or three or more', () => {
    expect(capitalsSayNothing('What Is The US Position?')).toBe(true);
    expect(capitalsSayNothing('Did Sheinbaum Accept US Troops?')).toBe(true);
    expect(capitalsSayNothing('HOW LONG WAS THE CALL')).toBe(true);
    // Two names of a short question, or names among lower-case words, are names.
    expect(capitalsSayNothing('Did Trump call Sheinbaum?')).toBe(false);
    expect(capitalsSayNothing('Who is Juan Ramon de la Fuente?')).toBe(false);
    expect(capitalsSayNothing('How long was the call?')).toBe(false);
  });
});

describe('names as a real index writes them', { timeout: 60_000 }, () => {
  let c: CorpusEngine;
  beforeAll(async () => {
    c = await corpusEngine('corpus-names', {
      'roads.md': '# Roads\n\nDrivers will use Ashford Road during the works.\nThe road to Ashford reopens in May.\n',
      'trains.md': '# Trains\n\nThe first train will leave the station at 5:12.\nTrains to the coast run every hour.\n',
      'courts.md': "# Courts\n\nThe EU court ruled on the rail case in March.\nThe EU's judges sit in Luxembourg.\n",
    });
  });
  afterAll(() => c.remove());

  it('GIVEN the index THEN a word it capitalises mid-sentence is a name, one it writes in lower case is not', () => {
    const index = c.engine.current().index;
    expect(writtenAsName(index, 'ashford')).toBe(true);
    expect(writtenAsName(index, 'station')).toBe(false);
    expect(writtenAsName(index, 'nowher')).toBe(false);
    // What it reads: the sentences holding the term, at most as many as asked for.
    expect(index.sentencesHolding('ashford', 8)).toEqual(['Drivers will use Ashford Road during the works.', 'The road to Ashford reopens in May.']);
    expect(index.sentencesHolding('ashford', 1)).toHaveLength(1);
  });

  it('GIVEN a question in lower case THEN the engine reads it with the index\'s capitals and refuses a passage whose document never names it', async () => {
    const index = c.engine.current().index;
    const found = await findAnswer(index, 'what time does the train leave for ashford', c.engine.embedder, new WordVectors(c.engine.embedder), { passages: 3, background: NO_BACKGROUND });
    expect(found.question.text).toBe('what time does the train leave for Ashford');
    expect(found.passages[0]!.focus.docId).toBe('trains.md');
    expect(found.decision).toMatchObject({ answered: false, namedElsewhere: ['Ashford'] });
  });

  it('GIVEN an initialism the index writes in capitals, typed in lower case THEN the engine reads it in capitals, as written right', async () => {
    const index = c.engine.current().index;
    expect(writtenInCapitals(index, 'eu')).toBe(true);
    expect(writtenInCapitals(index, 'ashford')).toBe(false);
    const found = await findAnswer(index, "when did the eu's court rule", c.engine.embedder, new WordVectors(c.engine.embedder), { passages: 3, background: NO_BACKGROUND });
    expect(found.question.text).toBe("when did the EU's court rule");
  });
});
