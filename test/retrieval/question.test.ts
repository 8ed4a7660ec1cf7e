import { describe, expect, it } from 'vitest';
import { phraseTerm, stem, terms } from '../../src/index/terms.ts';
import { asMeant, overAsEnded, readQuestion, typosRead, withTyposMeant, withTyposMended } from '../../src/retrieval/question.ts';
import { vocabularyOf, type Vocabulary } from '../../src/retrieval/spelling.ts';
import { sentenceVocabulary } from '../helpers/sentence-vocabulary.ts';

// The vocabulary of a tiny corpus: index terms with the number of sentences that use each.
const SENTENCES = [
  'The leaders held a 15-minute phone call on Monday, January 12, 2026.',
  'Rubio asked for tangible results and a new deal on security.',
  'The discussion was influenced by recent U.S. actions in Venezuela.',
  'A decline in fentanyl overdose deaths in the United States.',
];
const frequencies = new Map<string, number>();
for (const s of SENTENCES) for (const t of new Set(terms(s))) frequencies.set(t, (frequencies.get(t) ?? 0) + 1);
const vocabulary = vocabularyOf(frequencies);

describe('reading a question', () => {
  it('GIVEN a vague noun ("stuff", "info") the corpus never uses THEN it is no word to search nor one the coverage lacks; one the corpus uses is searched', () => {
    expect(readQuestion('tell me about the fentanyl stuff', vocabulary).content.map((c) => c.word)).toEqual(['fentanyl']);
    expect(readQuestion('What information did Rubio ask for?', vocabulary).content.map((c) => c.word)).toEqual(['rubio', 'ask']);
    const writesStuff = vocabularyOf(new Map([...frequencies, [stem('stuff'), 1]]));
    expect(readQuestion('Where was the stuff stored?', writesStuff).content.map((c) => c.word)).toEqual(['stuff', 'stored']);
  });

  it('GIVEN "another term for", "what word" THEN the noun asks what a thing is called or what was said: no word the coverage lacks; "his term" is a word', () => {
    const read = (q: string) => readQuestion(q, vocabulary).content.map((c) => c.word);
    expect(read('What is another term for the fentanyl overdose deaths?')).not.toContain('term');
    expect(read('What word did Rubio use for the deal?')).not.toContain('word');
    expect(read('When did the term of the deal end?')).toContain('term');
  });

  it('GIVEN the people a "how many" counts, which the corpus never names so THEN no word the coverage lacks; "people" elsewhere is a word', () => {
    const read = (q: string) => readQuestion(q, vocabulary).content.map((c) => c.word);
    expect(read('How many people died of fentanyl overdose?')).toEqual(['died', 'fentanyl', 'overdose']);
    expect(read('Which people did Rubio ask?')).toEqual(['people', 'rubio', 'ask']);
  });

  it('GIVEN a deadline asked for, which the corpus never calls one THEN a date is asked and no word is lacking', () => {
    const q = readQuestion("What's the deadline for Rubio's results?", vocabulary);
    expect(q.type).toBe('date');
    expect(q.content.map((c) => c.word)).toEqual(['rubio', 'results']);
  });

  it('GIVEN a measure asked by its noun, which the corpus never writes though it writes figures in its units THEN the noun is no word the coverage lacks; without such figures it is one', () => {
    const writesUnits = sentenceVocabulary(['Storm Elin brought gusts of up to 140 km/h to the north coast overnight.', 'The river is 1,230 km long.', 'A red warning for wind was issued.']);
    const read = (q: string, v: Vocabulary = writesUnits) => readQuestion(q, v).content.map((c) => c.word);
    expect(read('What was the top wind speed?')).toEqual(['top', 'wind']);
    expect(read('What is the length of the river?')).toEqual(['river']);
    // No temperature in its units, no weight: those nouns are what the coverage lacks.
    expect(read('What was the temperature of the storm?')).toEqual(['temperature', 'storm']);
    expect(read('What is the weight of the storm?')).toEqual(['weight', 'storm']);
    // The noun not asked as the measure stays a word ("speed" of "What slowed the speed…").
    expect(read('What slowed the speed of the wind?')).toEqual(['slowed', 'speed', 'wind']);
    // The event's corpus writes no unit of speed.
    expect(read('What was the top wind speed?', vocabulary)).toEqual(['top', 'wind', 'speed']);
  });

  it('GIVEN "happen", "occur" or "take place", which the corpus never uses THEN they only say it was an event: no word to search nor one the coverage lacks; "take" and "place" elsewhere are words', () => {
    const read = (q: string, v = vocabulary) => readQuestion(q, v).content.map((c) => c.word);
    expect(read('When did the call take place?')).toEqual(['call']);
    expect(read('When did the call happen?')).toEqual(['call']);
    expect(read('Where did the phone call occur?')).toEqual(['phone', 'call']);
    expect(read('When had the calls taken place?')).toEqual(['calls']);
    expect(read('Which place did Rubio take?')).toEqual(['place', 'rubio', 'take']);
    expect(read('What are the next steps for Rubio?')).toEqual(['next', 'rubio']);
    expect(read('What steps did Rubio ask for?')).toEqual(['steps', 'rubio', 'ask']);
    // A figure a yes/no question or a claim states is the figure to check, not a word the coverage lacks; a wh-question's is a word.
    expect(read('Did the call last 3 hours?')).toEqual(['call', 'last', 'hours']);
    expect(read('What was built in 1999?')).toEqual(['built', '1999']);
    // "Take part" says only that someone was in it; a part played is a word.
    expect(read('Who took part in the call?')).toEqual(['call']);
    expect(read('What part did Rubio play?')).toEqual(['part', 'rubio', 'play']);
    const writesPlace = vocabularyOf(new Map([...frequencies, [stem('place'), 1], [stem('take'), 1], [stem('happen'), 1]]));
    expect(read('When did the call take place?', writesPlace)).toEqual(['call', 'take', 'place']);
    expect(read('What happened in Venezuela?', writesPlace)).toEqual(['happened', 'venezuela']);
  });

  it('GIVEN "How lnog was the phnoe call?" THEN it asks for a duration and searches "phone", marked as a corrected typo', () => {
    const q = readQuestion('How lnog was the phnoe call?', vocabulary);
    expect(q.type).toBe('duration');
    expect(q.terms).toEqual(['phone', 'call']);
    expect(q.content[0]).toEqual({ word: 'phnoe', term: 'phone', lemma: 'phnoe', known: true, corrected: true, typo: true });
    expect(q.content[1]).toMatchObject({ word: 'call', term: 'call', known: true, corrected: false });
    // "lnog" was a typo of the type word: fixed in the text, not searched as a topic.
    expect(q.text).toBe('How long was the phnoe call?');
    expect(q.content.map((c) => c.word)).not.toContain('long');
  });

  it('GIVEN a five-letter word that is no English word, one letter off a corpus word ("phpne") THEN it is read as that word; an English word ("shone") is not', () => {
    expect(readQuestion('How long was the phpne call?', vocabulary).content[0]).toMatchObject({ word: 'phpne', term: stem('phone'), corrected: true, typo: true });
    expect(readQuestion('How long was the shone call?', vocabulary).content[0]).toMatchObject({ word: 'shone', term: stem('shone'), corrected: false });
    // A shorter word one letter off is most often another word: "rind" is none of "rine".
    expect(readQuestion('What was the rinf?', vocabularyOf(new Map([['rine', 1]]))).content[0]).toMatchObject({ word: 'rinf', corrected: false });
  });

  it('GIVEN a word to read as typed THEN it is not corrected, and stays a word the corpus never uses', () => {
    const q = readQuestion('How lnog was the phnoe call?', vocabulary, { asTyped: new Set(['phnoe']) });
    expect(q.content[0]).toEqual({ word: 'phnoe', term: 'phnoe', lemma: 'phnoe', known: false, corrected: false });
    expect(q.terms).toEqual(['phnoe', 'call']);
  });

  it('GIVEN a word the corpus never uses whose relative by derivation it does ("seized" / "seizures") THEN that relative is searched', () => {
    const withSeizures = vocabularyOf(new Map([...frequencies, ...terms('Falling seizures of fentanyl at the border.').map((t) => [t, 1] as const)]));
    const q = readQuestion('What was seized at the border?', withSeizures);
    expect(q.content[0]).toEqual({ word: 'seized', term: stem('seizures'), lemma: 'seize', known: true, corrected: true });
    // Without the relative in the corpus, the word stays unknown (and a refusal may say so).
    expect(readQuestion('What was seized?', vocabulary).content[0]).toMatchObject({ word: 'seized', known: false, corrected: false });
  });

  it('GIVEN a chat-style question THEN its chat words are read as function words and dropped, leaving its topic', () => {
    const q = readQuestion('whats the deal w/ venezuela lol', vocabulary);
    expect(q.text).not.toMatch(/\blol\b|\bwhats\b/);
    expect(q.content.map((c) => c.word).sort()).toEqual(['deal', 'venezuela']);
    expect(q.content.every((c) => c.known && !c.corrected)).toBe(true);
  });

  it('GIVEN a short form the coverage does not write ("approx") THEN it is read as its word; one it writes is kept', () => {
    expect(readQuestion('approx how long was the call', vocabulary).text).toMatch(/^approximately how long/);
    const writesIt = vocabularyOf(new Map([...frequencies, [stem('approx'), 1]]));
    expect(readQuestion('approx how long was the call', writesIt).text).toMatch(/^approx how long/);
  });

  it('GIVEN "What day of the week was the call?" THEN it asks for a weekday and "week" and "day" are not content words', () => {
    const q = readQuestion('What day of the week was the call?', vocabulary);
    expect(q.type).toBe('weekday');
    expect(q.content.map((c) => c.word)).toEqual(['call']);
  });

  it('GIVEN a word no sentence uses and no swap or edit explains THEN it is marked unknown, not corrected, and searched as itself', () => {
    const q = readQuestion('Did the giraffe make the phone call?', vocabulary);
    const giraffe = q.content.find((c) => c.word === 'giraffe');
    expect(giraffe).toEqual({ word: 'giraffe', term: stem('giraffe'), lemma: 'giraffe', known: false, corrected: false });
    expect(q.content.find((c) => c.word === 'phone')).toMatchObject({ known: true, corrected: false });
  });

  it('GIVEN a longer misspelt word THEN it is corrected by edit distance and marked corrected', () => {
    const q = readQuestion('Did fentanil overdose deaths decline?', vocabulary);
    expect(q.content[0]).toMatchObject({ word: 'fentanil', term: stem('fentanyl'), known: true, corrected: true });
    expect(q.terms).toContain(stem('fentanyl'));
  });

  it('GIVEN inflected words THEN each keeps its dictionary form, and repeats of one term are listed once', () => {
    const q = readQuestion('Are fewer people dying, and more deaths from fentanyl, and fentanyl deaths?', vocabulary);
    // "dying", which the corpus never uses, is read as its relative "deaths", which it does: one term.
    expect(q.content.find((c) => c.word === 'dying')).toMatchObject({ lemma: 'die', term: stem('deaths'), known: true });
    expect(q.content.find((c) => c.word === 'deaths')).toBeUndefined();
    expect(readQuestion('Were there more deaths?', vocabulary).content.find((c) => c.word === 'deaths')?.lemma).toBe('death');
    expect(q.terms.filter((t) => t === stem('fentanyl'))).toHaveLength(1);
    expect(new Set(q.terms).size).toBe(q.terms.length);
  });
});

describe('a statement given to be checked', () => {
  it('GIVEN "I heard…, is that right?" THEN the tag is not searched, the statement is', () => {
    expect(readQuestion('I heard the phone call was on Monday, is that right?', vocabulary).content.map((c) => c.word)).toEqual(['phone', 'call', 'monday']);
  });
});

describe('an irregular form the stemmer does not reach', () => {
  it('GIVEN "fallen" of a coverage that writes "Falling" THEN "fall" is searched; "smallest" of one that writes "small" stays a word it never uses', () => {
    const v = vocabularyOf(new Map([...frequencies, [stem('falling'), 1], [stem('small'), 1]]));
    expect(readQuestion('Have the seizures fallen?', v).content.find((c) => c.word === 'fallen')).toMatchObject({ term: stem('fall'), known: true, corrected: true });
    expect(readQuestion('What is the smallest country?', v).content.find((c) => c.word === 'smallest')).toMatchObject({ term: stem('smallest'), known: false });
  });

  it('GIVEN a dictionary form of a coverage that writes only its irregular form ("find" of "found") THEN that form is searched; a word with none stays unknown', () => {
    const v = vocabularyOf(new Map([...frequencies, ...terms('A poll found that most approved. They spoke on Monday.').map((t) => [t, 1] as const)]));
    expect(readQuestion('What did the poll find?', v).content.find((c) => c.word === 'find')).toMatchObject({ term: stem('found'), known: true, corrected: true });
    expect(readQuestion('When did they speak?', v).content.find((c) => c.word === 'speak')).toMatchObject({ term: stem('spoke'), known: true, corrected: true });
    expect(readQuestion('What did they buy?', v).content.find((c) => c.word === 'buy')).toMatchObject({ known: false });
  });

  it('GIVEN a verb whose regular form the stemmer does not bring back ("die" of "died") THEN that form is searched; a word English has as no verb is left alone', () => {
    const v = vocabularyOf(new Map([...frequencies, ...terms('Rosa Delgado died on Saturday. The plans were new.').map((t) => [t, 1] as const)]));
    expect(readQuestion('When did she die?', v).content.find((c) => c.word === 'die')).toMatchObject({ term: stem('died'), known: true, corrected: true });
    expect(readQuestion('Are people dying?', v).content.find((c) => c.word === 'dying')).toMatchObject({ term: stem('died'), known: true });
    // So a word of the same family: "death" is searched as the "died" the coverage writes.
    const obituary = vocabularyOf(new Map(terms('Rosa Delgado died on Saturday. The cause was heart failure.').map((t) => [t, 1] as const)));
    expect(readQuestion('What was the cause of death?', obituary).content.find((c) => c.word === 'death')).toMatchObject({ term: stem('died'), known: true, corrected: true });
  });
});

describe('"is it over?"', () => {
  it('GIVEN "is the strike over?" THEN it is read as "has the strike ended?"; "over" with words after it is left alone', () => {
    expect(overAsEnded('Is the strike over?')).toBe('Has the strike ended?');
    expect(overAsEnded('are the talks all over now')).toBe('have the talks ended');
    expect(overAsEnded('Is the fight over Venezuela?')).toBe('Is the fight over Venezuela?');
    expect(overAsEnded('Was the project over budget?')).toBe('Was the project over budget?');
    expect(readQuestion('is the strike over', vocabulary).content.map((c) => c.word)).toContain('ended');
  });
});

describe('a verb in its base form after "did" and its subject', () => {
  it('GIVEN "what did she found?" THEN its dictionary form is "found" (established), not "find"; elsewhere "found" is read as "find"', () => {
    expect(readQuestion('What did she found?', vocabulary).content.find((c) => c.word === 'found')).toMatchObject({ lemma: 'found' });
    expect(readQuestion('What was found in the car?', vocabulary).content.find((c) => c.word === 'found')).toMatchObject({ lemma: 'find' });
  });
});

describe('a typo of a short word, or of an English word the coverage does not use', () => {
  it('GIVEN a four-letter non-word one letter short of a corpus word ("Rubo") THEN it is read as that word; one more letter off ("Rbo") or an English word ("rub") is not', () => {
    expect(readQuestion('What did Rubo ask for?', vocabulary).content[0]).toMatchObject({ word: 'rubo', term: 'rubio', known: true, corrected: true, typo: true });
    expect(readQuestion('What did Rbo ask for?', vocabulary).content[0]).toMatchObject({ word: 'rbo', known: false });
    expect(readQuestion('What did they rub?', vocabulary).content[0]).toMatchObject({ word: 'rub', term: stem('rub'), known: false, corrected: false });
  });

  it('GIVEN a short English word rarely used, one letter short of a corpus word ("rive" of "river") THEN it is read as that word; a common one ("plan" of "plant") is not', () => {
    const rivers = vocabularyOf(new Map([...frequencies, ...terms('The river Ruhr joins the Rhine, beside a plant.').map((t) => [t, 1] as const)]));
    expect(readQuestion('What rive joins the Rhine?', rivers).content[0]).toMatchObject({ word: 'rive', term: stem('river'), known: true, corrected: true, typo: true });
    // ("What plan…" would ask what is planned, an aspect the coverage tells in its own words: asked-of.ts.)
    expect(readQuestion('Does a plan join the Rhine?', rivers).content[0]).toMatchObject({ word: 'plan', known: false, corrected: false });
  });

  it('GIVEN a non-word in lower case one edit from a common English word the coverage does not use ("decidd", "happend") THEN it is read, and named, as that word', () => {
    const q = readQuestion('wat was decidd in venezuela', vocabulary);
    expect(q.content.map((c) => [c.word, c.known])).toEqual([['decided', false], ['venezuela', true]]);
    expect(q.wordsWrittenOut).toContainEqual({ typed: 'decidd', read: 'decided' });
    // Read as "happened", it only says there was an event: named as read, not searched.
    const happened = readQuestion('wat happend in venezuela', vocabulary);
    expect(happened.content.map((c) => c.word)).toEqual(['venezuela']);
    expect(happened.wordsWrittenOut).toContainEqual({ typed: 'happend', read: 'happened' });
    // So is a typo of a word that asks a name, or of a vague one: nothing the coverage lacks.
    for (const [typed, read] of [['surnme', 'surname'], ['informaton', 'information']] as const) {
      const q = readQuestion(`wat is the ${typed} of the venezuela`, vocabulary);
      expect(q.content.map((c) => c.word), typed).toEqual(['venezuela']);
      expect(q.wordsWrittenOut, typed).toContainEqual({ typed, read });
    }
  });

  it('GIVEN such an English word whose relative the coverage uses ("amrica" → "america" → "american") THEN the relative is searched', () => {
    const withAmerican = vocabularyOf(new Map([...frequencies, [stem('american'), 1]]));
    expect(readQuestion('what did amrica offer', withAmerican).content[0]).toMatchObject({ word: 'america', term: stem('american'), known: true, corrected: true });
  });

  it('GIVEN a lower-case name that is an English word and one letter more ("milei", "meloni") THEN it is not read as that word', () => {
    expect(readQuestion('who is milei', vocabulary).content[0]).toMatchObject({ word: 'milei', known: false });
    expect(readQuestion('what did meloni say', vocabulary).content[0]).toMatchObject({ word: 'meloni', known: false });
  });

  it('GIVEN a capitalised name English does not know ("Modi") THEN it is not read as an English word', () => {
    const q = readQuestion('What did Modi say?', vocabulary);
    expect(q.content[0]).toMatchObject({ word: 'modi', known: false });
    expect(q.names).toEqual(['Modi']);
    expect(q.wordsWrittenOut).toBeUndefined();
  });
});

describe('a typo that is two function words at once', () => {
  it('GIVEN "Hwo lnog" THEN the more common English word is read ("how"), so it asks for a duration', () => {
    const v = vocabularyOf(new Map(terms('The leaders held a 15-minute phone call on Monday.').map((t) => [t, 1])));
    const q = readQuestion('Hwo lnog was the call?', v);
    expect(q.text).toBe('how long was the call?');
    expect(q.type).toBe('duration');
  });

  it('GIVEN a function or type word typed with a letter too many or too few ("lonng", "wich") THEN it is read as that word; a name, or a word of three letters, is not', () => {
    const v = vocabularyOf(new Map(terms('The leaders held a 15-minute phone call on Monday.').map((t) => [t, 1])));
    const long = readQuestion('how lonng was the call', v);
    expect(long.type).toBe('duration');
    expect(long.wordsWrittenOut).toEqual([{ typed: 'lonng', read: 'long' }]);
    expect(readQuestion('Wich leaders called?', v).wordsWrittenOut).toEqual([{ typed: 'Wich', read: 'which' }]);
    expect(readQuestion('Was it Theo or Wich who called?', v).wordsWrittenOut).toBeUndefined();
    expect(readQuestion('who is theo', v).content.map((c) => c.word)).toEqual(['theo']);
  });

  it('GIVEN a function, type or short corpus word typed with a key beside the right one ("Wjat", "whp", "lomg", "cakl") THEN it is read as that word; a name, an English word or a key far off is not', () => {
    const v = vocabularyOf(new Map(terms('The leaders held a 15-minute phone call on Monday.').map((t) => [t, 1])));
    const long = readQuestion('How lomg was the cakl?', v);
    expect(long.type).toBe('duration');
    expect(long.wordsWrittenOut).toEqual([{ typed: 'lomg', read: 'long' }]);
    expect(long.content.map((c) => [c.term, c.corrected])).toEqual([['call', true]]);
    expect(readQuestion('Wjat did the leaders hold?', v).wordsWrittenOut).toEqual([{ typed: 'Wjat', read: 'what' }]);
    expect(readQuestion('whp held the call', v).wordsWrittenOut).toEqual([{ typed: 'whp', read: 'who' }]);
    // A slip in a word's ending leaves a stem two edits from the corpus's ("callrd" / "call"): it is
    // read as the word it would be ("called"), stemmed.
    const called = vocabularyOf(new Map(terms('The leaders called on Monday.').map((t) => [t, 1])));
    expect(readQuestion('Who callrd on Monday?', called).content.map((c) => [c.term, c.corrected])).toEqual([['call', true], [stem('monday'), false]]);
    // Capitalised after the first word, it may be a name; "wzat" is keys apart; "thy" is English.
    expect(readQuestion('Did Whp hold the call?', v).wordsWrittenOut).toBeUndefined();
    expect(readQuestion('wzat did the leaders hold?', v).wordsWrittenOut).toBeUndefined();
    expect(readQuestion('did thy leaders hold the call?', v).wordsWrittenOut).toBeUndefined();
  });

  it('GIVEN "ths" for "the", of a corpus whose ordinals make "th" a term ("the 19th") THEN it is read as "the": a stem that is only an ordinal\'s ending is no corpus word', () => {
    const ordinals = vocabularyOf(new Map(terms('The leaders held the call on the 12th of January.').map((t) => [t, 1])));
    expect(ordinals.has(stem('ths'))).toBe(true);
    expect(readQuestion('Who held ths call?', ordinals).wordsWrittenOut).toEqual([{ typed: 'ths', read: 'the' }]);
  });

  it('GIVEN an English word that is two letters off a function word ("three" / "there", "hand" / "hadn") THEN it is read as typed', () => {
    for (const [question, word] of [
      ['What are the three metrics?', 'three'],
      ['What happened at the hand of the cartels?', 'hand'],
    ] as const) {
      const q = readQuestion(question, vocabulary);
      expect(q.wordsWrittenOut).toBeUndefined();
      expect(q.content.map((c) => c.word)).toContain(word);
    }
    // A word English does not have is still read as the function word it was typed for.
    expect(readQuestion('Waht did Rubio ask?', vocabulary).text).toBe('what did Rubio ask?');
  });
});

describe('what a question asks of a thing', () => {
  it('GIVEN "the outcome of the call" of a corpus that never uses "outcome" THEN only "call" is searched; a corpus that uses the word keeps it, and so does a question not asking it of anything', () => {
    expect(readQuestion('What was the outcome of the call?', vocabulary).content.map((c) => c.word)).toEqual(['call']);
    const withOutcome = vocabularyOf(new Map(terms('The outcome of the phone call was a deal.').map((t) => [t, 1])));
    expect(readQuestion('What was the outcome of the call?', withOutcome).content.map((c) => c.word)).toEqual(['outcome', 'call']);
    expect(readQuestion('Did the outcome please Rubio?', vocabulary).content.map((c) => c.word)).toContain('outcome');
    // Or its owner before it: "Mexico's role", "their goal"; or the question word ("What topics…").
    expect(readQuestion("What was Rubio's role?", vocabulary).content.map((c) => c.word)).toEqual(['rubio']);
    expect(readQuestion('What topics did Rubio raise?', vocabulary).content.map((c) => c.word)).not.toContain('topics');
    expect(readQuestion('What was the reaction in Venezuela?', vocabulary).content.map((c) => c.word)).toEqual(['venezuela']);
    // Not through a relative the corpus uses: "the reaction of Mexico" is no "react".
    const react = vocabularyOf(new Map(terms('Markets react to the deal.').map((t) => [t, 1])));
    expect(readQuestion('What was the reaction to the deal?', react).content.map((c) => c.word)).toEqual(['deal']);
  });
});

describe('a figure counting what is asked about', () => {
  it('GIVEN "What are the 3 metrics?" of a corpus that writes neither "3" nor "three" THEN it is read as "three metrics", and not shown as read otherwise', () => {
    const words = readQuestion('What are the 3 metrics?', vocabulary);
    expect(words.text).toBe('What are the three metrics?');
    expect(words.wordsWrittenOut).toBeUndefined();
    expect(readQuestion('What are the three metrics?', vocabulary).content).toEqual(words.content);
  });

  it('GIVEN a figure that measures, names, or is stated in a yes/no question THEN it stays a figure', () => {
    for (const question of ['What happened in the 2 days after the call?', 'When did the Channel 8 documentary air?', 'Did 3 leaders talk?', 'What fell by 20 percent?']) {
      expect(readQuestion(question, vocabulary).text).toBe(question);
    }
  });
});

describe('the text that is embedded', () => {
  it('GIVEN a typo read as a corpus word THEN the question is embedded with that word, its other words as typed', () => {
    const q = readQuestion('How long was the phnoe call with Rubio?', vocabulary);
    expect(asMeant(withTyposMeant(q, (term) => (term === stem('phone') ? 'phone' : null)))).toBe('How long was the phone call with Rubio?');
  });

  it('GIVEN no typo, or a relative by derivation ("seized" / "seizures") THEN the text is embedded as typed', () => {
    const plain = readQuestion('How long was the phone call?', vocabulary);
    expect(asMeant(withTyposMeant(plain, () => 'anything'))).toBe(plain.text);
    const withSeizures = vocabularyOf(new Map([...frequencies, ...terms('Falling seizures of fentanyl.').map((t) => [t, 1] as const)]));
    const seized = readQuestion('What was seized?', withSeizures);
    expect(asMeant(withTyposMeant(seized, () => 'seizures'))).toBe('What was seized?');
  });

  it('GIVEN a statement given to be checked THEN it is embedded without its tag ("Is it true that", ", right?"), a typo in it read as meant', () => {
    expect(asMeant(withTyposMeant(readQuestion('Is it true that the call was on Tuesday?', vocabulary), () => null))).toBe('the call was on Tuesday?');
    expect(asMeant(withTyposMeant(readQuestion('the phnoe call was on Monday, right?', vocabulary), (term) => (term === stem('phone') ? 'phone' : null)))).toBe('the phone call was on Monday');
    // Nothing but a tag: the text as typed, not nothing.
    expect(asMeant(withTyposMeant(readQuestion('Is that right?', vocabulary), () => null))).toBe('Is that right?');
  });
});

describe('a typo read as the word it was meant to be', () => {
  // How the corpus writes a term, as `words` reads it.
  const corpusWord = (term: string) => ({ [stem('rubio')]: 'rubio', [stem('phone')]: 'phone' })[term] ?? null;

  it('GIVEN a name typed with a key slipped ("Rubip") THEN what reads names sees the name as the corpus writes it (no English word is one slip away), capital and possessive kept; a lower-case typo is left as typed', () => {
    expect(withTyposMended(withTyposMeant(readQuestion('What did Rubip ask for?', vocabulary), corpusWord), 'names').text).toBe('What did Rubio ask for?');
    expect(withTyposMended(withTyposMeant(readQuestion("What was in Rubip's deal?", vocabulary), corpusWord), 'names').text).toBe("What was in Rubio's deal?");
    expect(withTyposMended(withTyposMeant(readQuestion('how long was the phnoe call with Rubip?', vocabulary), corpusWord), 'names').text).toBe('how long was the phnoe call with Rubio?');
    expect(withTyposMended(withTyposMeant(readQuestion('how long was the phnoe call with Rubip?', vocabulary), corpusWord), 'all').text).toBe('how long was the phone call with Rubio?');
    const plain = readQuestion('What did Rubio ask for?', vocabulary);
    expect(withTyposMended(withTyposMeant(plain, corpusWord), 'names')).toBe(plain);
  });

  it('GIVEN a typo one slip from an English word of the correction\'s stem ("overdise") THEN it is embedded and looked up as that word, not as the corpus\'s other form of it ("overdoses")', () => {
    const q = readQuestion('Did overdise deaths fall?', vocabulary);
    expect(asMeant(withTyposMeant(q, () => 'overdoses'))).toBe('Did overdose deaths fall?');
    expect(withTyposMeant(q, () => 'overdoses').content.find((c) => c.word === 'overdise')?.lemma).toBe('overdose');
  });

  it('GIVEN a typo beside another word ("phone cakl") THEN the two make the corpus\'s phrase, as written right', () => {
    expect(readQuestion('Who was on the phone cakl?', vocabulary).phrases).toContain(phraseTerm('phone', 'call'));
    expect(readQuestion('Who was on the phone cakl?', vocabulary).phrases).toEqual(readQuestion('Who was on the phone call?', vocabulary).phrases);
  });
});

describe('a typo its neighbour in the question corrects', () => {
  // A corpus of names of two words, with the phrase terms the lexical index holds.
  const CORPUS = ['The British took Fort Niagara in 1759.', 'Newcastle replaced him with Lord Loudoun.', 'The old north branch of the Rhine is called Kromme Rijn.', 'The forts were built in 1755.', 'ITV held the rights to the Premier League.', 'A printer made the league tables.'];
  const withPhrases = sentenceVocabulary(CORPUS);

  it('GIVEN a word one edit from a corpus word that makes a corpus phrase with its neighbour ("Forth Niagara", "Lor Loudoun") THEN it is read as that word, an English word or a short one alike', () => {
    expect(readQuestion('What was the significance of victory at Forth Niagara?', withPhrases).content.find((c) => c.word === 'forth')).toMatchObject({ term: 'fort', known: true, corrected: true, typo: true });
    const lor = readQuestion('Who was second in command to Lor Loudoun?', withPhrases);
    expect(lor.content.find((c) => c.word === 'lor')).toMatchObject({ term: 'lord', typo: true });
    expect(lor.names).toEqual([]);
  });

  it('GIVEN a longer word two edits from a corpus word that makes a corpus phrase with its neighbour ("Primer League") THEN it is read as that word', () => {
    const q = readQuestion('Who held the rights to the Primer League?', withPhrases);
    expect(q.content.find((c) => c.word === 'primer')).toMatchObject({ term: 'premier', known: true, corrected: true, typo: true });
    expect(q.names).toEqual([]);
    // Alone, two edits are too far to read it so: "primer" stays a word the corpus never uses.
    expect(readQuestion('Who sells primer?', withPhrases).content.find((c) => c.word === 'primer')).toMatchObject({ known: false });
    // Nor when no corpus word that close makes a corpus phrase with the neighbour: "premier rights" and
    // "printer rights" are none. ("Printer", two edits away too, makes no "printer league" either.)
    expect(readQuestion('Who held the Primer rights?', withPhrases).content.find((c) => c.word === 'primer')).toMatchObject({ known: false });
  });

  it('GIVEN a function word so mistyped ("rhe Rhine") THEN it is read as the function word, and not searched', () => {
    const q = readQuestion('What is the old north branch of rhe Rhine?', withPhrases);
    expect(q.content.map((c) => c.word)).not.toContain('rhe');
    expect(q.wordsWrittenOut).toEqual([{ typed: 'rhe', read: 'the' }]);
    expect(q.terms).toContain('rhine');
  });

  it('GIVEN a word whose neighbours are function words or figures, or no corpus phrase fits THEN it is read as before: a word the corpus never uses', () => {
    expect(readQuestion('Who is the governor of Texas?', withPhrases).content.find((c) => c.word === 'texas')).toMatchObject({ known: false, corrected: false });
    expect(readQuestion('Who won at Forth Bridge?', withPhrases).content.find((c) => c.word === 'forth')).toMatchObject({ known: false });
    // Without phrases to check (a vocabulary that cannot tell), nothing is corrected by context.
    const { hasPhrase: _, ...cannotTell } = withPhrases;
    expect(readQuestion('Who was second in command to Lor Loudoun?', cannotTell).content.find((c) => c.word === 'lor')).toMatchObject({ known: false });
  });
});

describe('month names abbreviated next to a figure', () => {
  it('GIVEN "In Sept 1760" and a corpus that never writes "Sept" THEN the month is read in full', () => {
    const v = vocabularyOf(new Map(terms('In September 1760 Montreal capitulated.').map((t) => [t, 1])));
    const q = readQuestion('In Sept 1760 who negotiated a capitulation from Montreal?', v);
    expect(q.text).toBe('In September 1760 who negotiated a capitulation from Montreal?');
    expect(q.names).toEqual([]);
    expect(q.wordsWrittenOut).toEqual([{ typed: 'Sept', read: 'September' }]);
  });
});

describe('names typed in lower case', () => {
  it('GIVEN a word the corpus never uses that English always writes as a name ("france") THEN it is a name, written as English writes it', () => {
    expect(readQuestion('who is the president of france', vocabulary).names).toEqual(['France']);
    expect(readQuestion('Who is the president of France?', vocabulary).names).toEqual(['France']);
  });

  it('GIVEN a word English also writes in lower case ("china", "bill"), or one the corpus uses ("venezuela") THEN it is no name', () => {
    expect(readQuestion('what did they say about china', vocabulary).names).toEqual([]);
    expect(readQuestion('which bill was passed', vocabulary).names).toEqual([]);
    expect(readQuestion('what happened in venezuela', vocabulary).names).toEqual([]);
  });
});

describe('the words read as others, for the member', () => {
  it('GIVEN typos THEN each is listed as typed, capitals kept, with the corpus word it was read as; words read as typed are not', () => {
    const q = readQuestion('How long was the Phnoe call with Rubio?', vocabulary);
    expect(typosRead(q, (term) => (term === stem('phone') ? 'phone' : null))).toEqual([{ typed: 'Phnoe', read: 'phone' }]);
    expect(typosRead(readQuestion('How long was the phone call?', vocabulary), () => 'anything')).toEqual([]);
  });

  it('GIVEN a typo one slip from another form of the corpus\'s word ("overdise": "overdoses") THEN it is listed as that word; a name as the corpus writes it', () => {
    expect(typosRead(withTyposMeant(readQuestion('Did overdise deaths fall?', vocabulary), () => 'overdoses'), () => 'overdoses')).toEqual([{ typed: 'overdise', read: 'overdose' }]);
    expect(typosRead(withTyposMeant(readQuestion('What did Rubip ask for?', vocabulary), (term) => (term === stem('rubio') ? 'rubio' : null)), (term) => (term === stem('rubio') ? 'Rubio' : null))).toEqual([{ typed: 'Rubip', read: 'Rubio' }]);
  });

  it('GIVEN a function word typed with two letters swapped ("Hwo lnog") THEN it is listed first, as typed and as read', () => {
    const q = readQuestion('Hwo lnog was the phnoe call?', vocabulary);
    expect(typosRead(q, (term) => (term === stem('phone') ? 'phone' : null))).toEqual([
      { typed: 'Hwo', read: 'how' },
      { typed: 'lnog', read: 'long' },
      { typed: 'phnoe', read: 'phone' },
    ]);
  });

  it('GIVEN a word a follow-up borrowed from the question before THEN it is not this question\'s', () => {
    const q = readQuestion('How long was the phnoe call?', vocabulary);
    const borrowed = { ...q, content: q.content.map((c) => ({ ...c, weight: 0.5 })) };
    expect(typosRead(borrowed, () => 'phone')).toEqual([]);
  });
});
