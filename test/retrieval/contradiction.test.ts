import { describe, expect, it } from 'vitest';
import { correctedFigure, correctedPremise, figureAskedAbout, figureBorneOut, holdsNegation, negationUnmatched, oppositeInPassage, swappedName, takesVerbsForGranted, verbUses } from '../../src/retrieval/contradiction.ts';

describe('questions asking the opposite of what a passage says', () => {
  it('GIVEN negation words or a contracted "n\'t" THEN the text says no; otherwise not', () => {
    expect(holdsNegation("Which troops didn't cross the border?")).toBe(true);
    expect(holdsNegation('What was never built?')).toBe(true);
    expect(holdsNegation('Nothing was signed without a vote.')).toBe(true);
    expect(holdsNegation('Which troops crossed the border? Note the date.')).toBe(false);
  });

  it('GIVEN a question with a negation and a passage without one THEN the negation is unmatched; a passage saying no matches it', () => {
    expect(negationUnmatched('What did the Normans not keep?', 'The Normans kept their language.')).toBe(true);
    expect(negationUnmatched('What did the Normans not keep?', 'The Normans did not keep their language.')).toBe(false);
    expect(negationUnmatched('What did the Normans keep?', 'The Normans kept their language.')).toBe(false);
  });

  it('GIVEN a question word whose opposite the passage holds instead (by dictionary form) THEN that word is returned', () => {
    expect(oppositeInPassage('What is the smallest city?', 'Warsaw is the largest city of Poland.')).toBe('smallest');
    expect(oppositeInPassage('When did the war begin?', 'The war ended in 1763.')).toBe('begin');
    expect(oppositeInPassage('Who lost the battle?', 'The British won the battle.')).toBe('lost');
  });

  it('GIVEN a passage holding the word itself, or no opposite of it THEN nothing is returned', () => {
    expect(oppositeInPassage('What is the largest city?', 'Warsaw is the largest city, not the smallest.')).toBeNull();
    expect(oppositeInPassage('What is the smallest city?', 'Warsaw is a city of Poland.')).toBeNull();
  });

  it('GIVEN a word of a name ("the Middle East") THEN only the same name with its opposite ("the Lower Rhine" for "the Upper Rhine") is a contradiction, not the word alone', () => {
    expect(oppositeInPassage('How long would an invasion of the Middle East have to last?', 'The occupation would last 10 years as the West developed other sources.')).toBeNull();
    expect(oppositeInPassage('Where is the Upper Rhine?', 'The Lower Rhine flows through the Netherlands.')).toBe('upper');
    expect(oppositeInPassage('Where is the Upper Rhine?', 'Downstream, the lower river flows through the Netherlands.')).toBeNull();
    expect(oppositeInPassage('What did the West do?', 'The East did nothing.')).toBe('west');
  });

  it('GIVEN a word the question itself denies, or a verb with its particle THEN its opposite in the passage is no contradiction', () => {
    expect(oppositeInPassage('What happens when the exhaust event is insufficiently long?', 'If the exhaust event is too short, the steam cannot evacuate.')).toBeNull();
    expect(oppositeInPassage('Which cities were not large?', 'The small cities were spared.')).toBeNull();
    expect(oppositeInPassage('What caused the treaties that ended up forming the EU?', 'The treaties began with rules for coal and steel.')).toBeNull();
    expect(oppositeInPassage('What caused the treaties that ended the war?', 'The treaties began with rules for coal and steel.')).toBe('ended');
  });

  it('GIVEN a word made the opposite with a negating prefix (WordNet) THEN that word is returned, either way round', () => {
    expect(oppositeInPassage('How many flows carry insignificant amounts of water?', 'Two flows carry significant amounts of water.')).toBe('insignificant');
    expect(oppositeInPassage('What did the council approve?', 'The council disapproved the plans.')).toBe('approve');
    expect(oppositeInPassage('Which service was unavailable?', 'The service became available in 2010.')).toBe('unavailable');
  });

  it('GIVEN a question naming both a word and its opposite THEN the passage holding one of them is no contradiction', () => {
    expect(oppositeInPassage('Which is more costly, formal or informal imperialism?', 'Informal imperialism is less costly.')).toBeNull();
    expect(oppositeInPassage('Which was larger, the small or the large fort?', 'The large fort held 300 men.')).toBeNull();
  });

  it('GIVEN a yes/no question THEN a passage saying the opposite answers it', () => {
    expect(oppositeInPassage('Is a US invasion likely?', 'Actual U.S. military intervention remains unlikely.')).toBeNull();
    expect(oppositeInPassage('Did the war begin in 1763?', 'The war ended in 1763.')).toBeNull();
  });

  it('GIVEN a converse relation, which says the same thing turned round THEN it is no opposite', () => {
    expect(oppositeInPassage('What came before the call?', 'The call was initiated after a week of heightened rhetoric.')).toBeNull();
    expect(oppositeInPassage('Which river carries less water?', 'The Rhine carries more water than the Main.')).toBeNull();
    expect(oppositeInPassage('What lies below the castle?', 'The castle stands above the old town.')).toBeNull();
    expect(oppositeInPassage('Who bought the factory in 2005?', 'In 2005 the factory was sold to AvtoZAZ.')).toBeNull();
  });

  it('GIVEN the words asking for a kind of answer ("how long", "how many") THEN they claim nothing, the rest of the question still does', () => {
    expect(oppositeInPassage('How long is the Rhine?', 'The river is significantly shorter than its natural course.')).toBeNull();
    expect(oppositeInPassage('How many flows carry water?', 'Few flows carry water.')).toBeNull();
    expect(oppositeInPassage('How many of the smallest cities are there?', 'Warsaw is the largest city.')).toBe('smallest');
  });
});

describe('negations a passage answers without saying no', () => {
  it('GIVEN "why not" or a yes/no question THEN a passage without a negation is no contradiction', () => {
    expect(negationUnmatched("Why didn't Mexico accept US troops?", 'Trump insisted that U.S. forces could assist.')).toBe(false);
    expect(negationUnmatched('Did Mexico not accept the offer?', 'Trump insisted that U.S. forces could assist.')).toBe(false);
    expect(negationUnmatched("Isn't the cooperation working?", 'The call ended with an agreement for joint work.')).toBe(false);
  });

  it('GIVEN a passage saying no in other words ("rejecting", "unlikely") THEN the negation is matched', () => {
    expect(negationUnmatched('What did Sheinbaum not accept?', 'Despite rejecting military aid, both leaders agreed to cooperate.')).toBe(false);
    expect(negationUnmatched('What is not expected?', 'Analysts say an intervention is unlikely.')).toBe(false);
  });
});

describe('questions naming another thing than the passage, in its place', () => {
  it('GIVEN a name the passage lacks, with another name between the same words THEN both are returned', () => {
    expect(swappedName('How long was the Leon Theatre in operation?', 'The Summer Theatre was in operation from 1870 to 1939.')).toEqual({ asked: 'Leon', said: 'Summer' });
    expect(swappedName('How much water does the Rhine carry at the French border?', 'At the Dutch border, the Rhine carries 2,290 m3/s.')).toEqual({ asked: 'French', said: 'Dutch' });
    // A name of several words takes the place of one.
    expect(swappedName('When was Warsaw the capital of the Duchy Commonwealth?', 'Warsaw remained the capital of the Polish-Lithuanian Commonwealth until 1796.')).toEqual({ asked: 'Duchy', said: 'Polish-Lithuanian' });
    // A figure in another figure's place: another year, another amount.
    expect(swappedName('What was the population of Warsaw in 1983?', 'The population of Warsaw in 1979 was 1.5 million.')).toEqual({ asked: '1983', said: '1979' });
    // At the end of the question, the words before it are enough.
    expect(swappedName('How long has the mermaid been used by Sigilium?', 'The mermaid has been used by Warsaw since the 14th century.')).toEqual({ asked: 'Sigilium', said: 'Warsaw' });
  });

  it('GIVEN a short name with a letter changed THEN it is another name', () => {
    expect(swappedName('Which country invaded Iran in 2003?', 'The United States invaded Iraq in 2003.')).toEqual({ asked: 'Iran', said: 'Iraq' });
  });

  it('GIVEN the same name written otherwise, an abbreviation, or two names asked about THEN nothing is returned', () => {
    // A typo, an accent, a plural, a possessive.
    expect(swappedName('What rock is near Sanke Goarshausen?', 'Near Sankt Goarshausen, the Rhine flows around the rock.')).toBeNull();
    expect(swappedName('How many Protestants live in the Cevennes region?', 'Many Protestants live in the Cévennes region.')).toBeNull();
    expect(swappedName("Who married Cnut the Great?", "Emma married Cnut the Great's father.")).toBeNull();
    // A short name with a letter dropped, a name shortened, a dash of another kind.
    expect(swappedName('Which end of the park is the Tom of the Unknown Soldier at?', 'At the east end of the park, the Tomb of the Unknown Soldier is situated.')).toBeNull();
    expect(swappedName('In Sept 1760 who negotiated from Montreal?', 'In September 1760, Governor Vaudreuil negotiated from Montreal a capitulation.')).toBeNull();
    expect(swappedName('How long was Warsaw the capital of the Polish-Lithuanian Commonwealth?', 'Warsaw was the capital of the Polish–Lithuanian Commonwealth until 1796.')).toBeNull();
    // "EU" and "US's" are written out elsewhere ("European Union", "American").
    expect(swappedName('What is the main executive body of the EU?', 'The Commission is the main executive body of the European Union.')).toBeNull();
    expect(swappedName("Which countries depend on US's security assurances?", 'Iran became dependent on American security assurances.')).toBeNull();
    // "British or Ethiopian": a passage on one of the two answers it.
    expect(swappedName('Which is older, the British Empire or the Ethiopian Empire?', 'The Ethiopian Empire predates the European empires.')).toBeNull();
  });

  it('GIVEN shared words that are all function words, or a name held by the passage THEN nothing is returned', () => {
    expect(swappedName('What happened in the North?', 'Fighting began in the East in 1915.')).toBeNull();
    expect(swappedName('What did Rubio ask for?', 'The State Department noted that Rubio asked for tangible results.')).toBeNull();
    expect(swappedName('Who is the president of Mexico?', 'Claudia Sheinbaum is the president of Mexico.')).toBeNull();
  });
});

describe('yes/no questions whose premise the passage gives otherwise', () => {
  it('GIVEN a yes/no question naming another day or figure than the passage in its words THEN the correction is returned, and no swap is counted against it', () => {
    const passage = 'The leaders held a 15-minute phone call on Monday, January 12, 2026.';
    expect(correctedPremise('Was the phone call on Tuesday?', passage)).toEqual({ asked: 'Tuesday', said: 'Monday' });
    expect(swappedName('Was the phone call on Tuesday?', passage)).toBeNull();
    expect(correctedPremise('Was the phone call on Monday?', passage)).toBeNull();
    // A question that is no yes/no question is a swap, not a premise to correct.
    expect(correctedPremise('Who was on the phone call on Tuesday?', passage)).toBeNull();
    expect(correctedPremise('Was the phone call on Tuesday or on Monday?', passage)).toBeNull();
  });

  it('GIVEN a count before the same noun as the passage\'s, the verb put first as a question puts it THEN the correction is returned; a count of another thing, nothing', () => {
    const passage = "Peru's civil defense agency said 230 homes were destroyed and roads were cut off.";
    expect(correctedPremise('Were 500 homes destroyed?', passage)).toEqual({ asked: '500', said: '230' });
    expect(correctedPremise('the quake destroyed 500 homes, right?', passage)).toEqual({ asked: '500', said: '230' });
    expect(correctedPremise('Were 230 homes destroyed?', passage)).toBeNull();
    expect(correctedPremise('Were 500 roads destroyed?', passage)).toBeNull();
    // Thousands kept whole; what is counted a word or two later in the passage.
    const trucks = 'The company delivered 61,000 electric trucks in the quarter, compared with 29,500 a year ago.';
    expect(correctedPremise('northwind delivered 80,000 trucks right?', trucks)).toEqual({ asked: '80,000', said: '61,000' });
    expect(correctedPremise('Did they deliver 61,000 trucks?', trucks)).toBeNull();
    // The whole a count is out of is no count of the thing: nothing rather than "230, not 100".
    const seats = 'The Socialists took 88 of the 230 seats in parliament, while the Democratic Alliance won 79.';
    expect(correctedPremise('the socialists won 100 seats right?', seats)).toBeNull();
    // An amount it states is left to the figure check, which names it with its unit.
    const profit = 'Northwind Motors reported a first-quarter net profit of $1.4 billion on Wednesday.';
    expect(correctedPremise('did they make $2 billion profit?', profit)).toBeNull();
    expect(correctedFigure('did they make $2 billion profit?', profit)).toEqual({ asked: '$2 billion', said: '$1.4 billion' });
  });

  it('GIVEN a statement given to be checked ("…, right?", "is it true that…"), a day in lower case too THEN it is read as the yes/no question it asks', () => {
    const passage = 'The leaders held a 15-minute phone call on Monday, January 12, 2026.';
    expect(correctedPremise('the phone call was on tuesday, right?', passage)).toEqual({ asked: 'tuesday', said: 'Monday' });
    expect(correctedPremise('Is it true that the phone call was on Tuesday?', passage)).toEqual({ asked: 'Tuesday', said: 'Monday' });
    expect(correctedPremise('The phone call was on Tuesday.', passage)).toBeNull();
  });
});

describe('yes/no questions stating a figure the passage states otherwise', () => {
  const passage = 'The leaders held a 15-minute phone call on Monday, and Mexico paid $2 million for the survey.';
  it('GIVEN a duration or an amount of the same kind, in any word order THEN the correction is returned', () => {
    expect(correctedFigure('Did the call last 20 minutes?', passage)).toEqual({ asked: '20 minutes', said: '15-minute' });
    expect(correctedFigure('Was the call 30 minutes long?', passage)).toEqual({ asked: '30 minutes', said: '15-minute' });
    expect(correctedFigure('Did Mexico pay $5 million for the survey?', passage)).toEqual({ asked: '$5 million', said: '$2 million' });
    expect(correctedFigure('I heard the call was 30 minutes, is that right?', passage)).toEqual({ asked: '30 minutes', said: '15-minute' });
  });

  it('GIVEN an amount in the same words as the passage\'s ("a profit of $2 billion") THEN the figure check names both with their units, not the premise swap its bare digits', () => {
    const results = 'Northwind reported a net profit of $1.4 billion for the quarter, up 38% from a year earlier.';
    const q = 'Did Northwind make a profit of $2 billion?';
    expect(correctedPremise(q, results)).toBeNull();
    expect(correctedFigure(q, results)).toEqual({ asked: '$2 billion', said: '$1.4 billion' });
  });

  it('GIVEN a share or an amount of money THEN it is checked against a figure of the same unit, the first figure when there is none', () => {
    const results = 'Northwind reported a net profit of $1.4 billion for the quarter, up 38% from a year earlier.';
    expect(correctedFigure('profit was up 50%, right?', results)).toEqual({ asked: '50%', said: '38%' });
    expect(correctedFigure('Did they make a profit of $2 billion?', results)).toEqual({ asked: '$2 billion', said: '$1.4 billion' });
    expect(correctedFigure('profit was up 50%, right?', 'Northwind reported a net profit of $1.4 billion.')).toEqual({ asked: '50%', said: '$1.4 billion' });
  });

  it('GIVEN a time said in words ("an hour", "two hours", "half an hour") THEN it is compared in digits and named as typed', () => {
    expect(correctedFigure('Did the call last an hour?', passage)).toEqual({ asked: 'an hour', said: '15-minute' });
    expect(correctedFigure('The call lasted two hours, is that right?', passage)).toEqual({ asked: 'two hours', said: '15-minute' });
    expect(correctedFigure('Was the call half an hour long?', passage)).toEqual({ asked: 'half an hour', said: '15-minute' });
    expect(correctedFigure('Did the call last fifteen minutes?', passage)).toBeNull();
  });

  it('GIVEN a figure stated as a bound ("more than 10 minutes") THEN a passage keeping within it bears it out, uncorrected; one outside it corrects it, bound and all', () => {
    for (const q of ['Did the call last more than 10 minutes?', 'Was the call shorter than an hour?', 'Did the call last at least 15 minutes?', 'Did Mexico pay over $1 million for the survey?', 'the call was under half an hour, right?']) {
      expect(correctedFigure(q, passage), q).toBeNull();
      expect(figureBorneOut(q, passage), q).not.toBeNull();
    }
    expect(figureBorneOut('Did the call last more than 10 minutes?', passage)).toBe('more than 10 minutes');
    expect(correctedFigure('Was the call longer than 20 minutes?', passage)).toEqual({ asked: 'longer than 20 minutes', said: '15-minute' });
    expect(correctedFigure('Did the call last no more than 10 minutes?', passage)).toEqual({ asked: 'no more than 10 minutes', said: '15-minute' });
    expect(correctedFigure('Did the call last more than 15 minutes?', passage)).toEqual({ asked: 'more than 15 minutes', said: '15-minute' });
    expect(figureBorneOut('Was the call longer than 20 minutes?', passage)).toBeNull();
    // A figure stated plainly is no bound.
    expect(figureBorneOut('Did the call last 15 minutes?', passage)).toBeNull();
  });

  it('GIVEN a yes/no question stating a figure THEN it asks about that kind of figure; any other question, about none', () => {
    expect(figureAskedAbout('Did the call last an hour?')).toBe('duration');
    expect(figureAskedAbout('Did Mexico pay $5 million?')).toBe('money');
    expect(figureAskedAbout('Was the call on Monday?')).toBe('weekday');
    expect(figureAskedAbout('Was the call on Monday or Tuesday?')).toBeNull();
    expect(figureAskedAbout('Did the call take place?')).toBeNull();
    expect(figureAskedAbout('Why did the call last an hour?')).toBeNull();
    expect(figureAskedAbout('Did the call last an hour or two?')).toBeNull();
    // A plain statement, as a member pastes what they read, states its figure to check too.
    expect(figureAskedAbout('The call lasted an hour.')).toBe('duration');
    expect(correctedFigure('the call was on friday', passage)).toEqual({ asked: 'friday', said: 'Monday' });
    expect(figureAskedAbout('How long did the call last an hour ago')).toBeNull();
  });

  it('GIVEN a day of the week the passage gives otherwise, in any words around it THEN the correction; the same day, or none, nothing', () => {
    const sunday = 'This diplomatic follow-up included a Sunday conversation between Juan Ramon de la Fuente and Marco Rubio.';
    expect(correctedFigure('Did Rubio talk to de la Fuente on Monday?', sunday)).toEqual({ asked: 'Monday', said: 'Sunday' });
    expect(correctedFigure('Rubio called de la Fuente on saturday, right?', sunday)).toEqual({ asked: 'saturday', said: 'Sunday' });
    expect(correctedFigure('Did Rubio talk to de la Fuente on sunday?', sunday)).toBeNull();
    expect(correctedFigure('Did Rubio talk to de la Fuente on Monday?', 'Rubio spoke with de la Fuente.')).toBeNull();
  });

  it('GIVEN the same figure, no figure, a bare number, or a question that is no yes/no question THEN nothing is returned', () => {
    expect(correctedFigure('Did the call last 15 minutes?', passage)).toBeNull();
    expect(correctedFigure('Was the call long?', passage)).toBeNull();
    // "300 people" and "15-minute" say nothing of one another.
    expect(correctedFigure('Did 300 people attend?', passage)).toBeNull();
    expect(correctedFigure('Why did the call last 20 minutes?', passage)).toBeNull();
    expect(correctedFigure('Did the call last 20 or 30 minutes?', passage)).toBeNull();
  });
});

describe('a verb a question takes for granted, and a passage that only denies it', () => {
  const quote = '"I told him very clearly that our constitution is very clear, that we do not agree with interventions," she explained.';
  const agreed = 'Despite rejecting military aid, both leaders agreed to continue bilateral cooperation on security.';
  const agree = new Set(['agree']);

  it('GIVEN a wh-question THEN it takes its verb for granted; a yes/no question, a denying one or a "why" does not', () => {
    expect(takesVerbsForGranted('What did they agree on?')).toBe(true);
    expect(takesVerbsForGranted('Did they agree?')).toBe(false);
    expect(takesVerbsForGranted("What didn't they agree on?")).toBe(false);
    expect(takesVerbsForGranted('What did they not agree on?')).toBe(false);
    expect(takesVerbsForGranted('Why did they agree?')).toBe(false);
  });

  it('GIVEN passages THEN each use of the verb is read by its dictionary form: denied only when every use is', () => {
    expect(verbUses(agree, quote)).toEqual(new Map([['agree', 'denied']]));
    expect(verbUses(agree, agreed)).toEqual(new Map([['agree', 'affirmed']]));
    expect(verbUses(agree, "They don't agree on troops, but agreed on talks.")).toEqual(new Map([['agree', 'affirmed']]));
    expect(verbUses(agree, 'They never really agreed.')).toEqual(new Map([['agree', 'denied']]));
    expect(verbUses(agree, 'The call concluded with an agreement.')).toEqual(new Map());
  });
});
