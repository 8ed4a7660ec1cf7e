import { describe, expect, it } from 'vitest';
import { answerSpan, askedKind, asksLaterDay, countsAsked, expectedAnswerType, holdsAnswerType, listsCounted, preciseKind, topicOf, TYPE_STRENGTH } from '../../src/retrieval/answer-type.ts';
import { GIVEN_KINDS } from '../../src/engine/types.ts';

describe('a time of day asked for', () => {
  it('GIVEN "What time of day…?" THEN a clock or a part of the day answers it, a date does not; and it is no word of the topic', () => {
    const q = 'What time of day was the call?';
    expect(holdsAnswerType('The call began at 3 p.m. on Monday.', 'time', q)).toBe(true);
    expect(holdsAnswerType('They spoke on Monday morning.', 'time', q)).toBe(true);
    expect(holdsAnswerType('The leaders held a phone call on Monday, January 12, 2026.', 'time', q)).toBe(false);
    expect(topicOf(q)).not.toMatch(/time|day/);
  });
});

describe('a share asked for', () => {
  it('GIVEN "What percentage…?" or "What share…?" THEN a percentage answers it, a count does not; and the words are no topic', () => {
    const q = 'What percentage of the vote did the Socialists get?';
    expect(expectedAnswerType('What share of the vote did Chega win?')).toBe('number');
    expect(holdsAnswerType("Portugal's Socialist Party won the election with 34.2% of the vote.", 'number', q)).toBe(true);
    expect(holdsAnswerType('The Socialists took 88 of the 230 seats in parliament.', 'number', q)).toBe(false);
    expect(topicOf('What share of the vote did Chega win?')).not.toMatch(/share/);
  });
});

describe('answer types', () => {
  it.each([
    ['How long was the call?', 'duration'],
    ['When did the leaders speak?', 'date'],
    ['In what year did the Normans arrive?', 'date'],
    ['How many cables were replaced?', 'number'],
    ['How much did the repairs cost?', 'money'],
    ['How much have fentanyl seizures fallen?', 'number'],
    ['How much did the population grow?', 'number'],
    ['Who is the foreign minister?', 'person'],
    ['Where did she brief reporters?', 'place'],
    ['What did Rubio ask for?', null],
    ['What day of the week was the call?', 'weekday'],
    ['Which weekday did they meet?', 'weekday'],
    // A count news keeps is a figure.
    ['What is the latest death toll?', 'number'],
    ['What was the turnout?', 'number'],
    ["What was the score's composer?", null],
    // The clock or a part of the day, which a date does not give; "what time was…" takes a date too.
    ['What time of day was the call?', 'time'],
    ['At what time did they speak?', 'time'],
    ['What time was the call?', 'date'],
    ['How old is the mayor?', 'age'],
    ['At what age did he learn chess?', 'age'],
    ['Why did Sheinbaum refuse the offer?', 'reason'],
    ['For what reason was the bridge closed?', 'reason'],
    // A clause before the question word is no question: the type is the question word's.
    ['When B cells begin to replicate, what do some of their offspring become?', null],
    ['When the war ended, who became king?', 'person'],
    ['If the bridge closes, how many buses run?', 'number'],
    // Without the comma too, when the clause does not invert its verb as a question does.
    ['When the river leaves the lake which way does it flow?', null],
    ['When a pathogen has been eaten it becomes trapped in what vesicle?', null],
    ['When the mayor resigned who took over?', 'person'],
    ['When was the treaty which ended the war signed?', 'date'],
    ['When did the army build the fort where the battle was fought?', 'date'],
    // A clause with no question after it, no question mark and no inverted verb quotes a line.
    ['when he was come into Jerusalem,', null],
    ['when was the call', 'date'],
    ["when didn't the bridge open", 'date'],
    ['when the call happened?', 'date'],
    ['How tall is the border wall?', 'number'],
    ['How far from the Yard is the Quad?', 'number'],
    ['What is the population of Mexico City?', 'number'],
    // "How long" asks for a length when it is asked of a thing measured in space, in the present tense.
    ['How long is the river?', 'number'],
    ['How long is the section of the canal near the city?', 'number'],
    ['How long are the tunnels that run under the city?', 'number'],
    ['How long is the meeting?', 'duration'],
    ['How long is the film?', 'duration'],
    ['How long was the wall closed?', 'duration'],
    ['How long is the island the capital of the province?', 'duration'],
    ['How long are the miners able to hold out?', 'duration'],
  ])('GIVEN "%s" THEN it asks for %s', (q, type) => {
    expect(expectedAnswerType(q)).toBe(type);
  });

  it('GIVEN a sentence with a date the question does not name THEN it holds a date answer', () => {
    expect(holdsAnswerType('The call took place on Monday, January 12, 2026.', 'date', 'When did they speak?')).toBe(true);
    expect(holdsAnswerType('They spoke about trade.', 'date', 'When did they speak?')).toBe(false);
  });

  it('GIVEN a day said from the day of the report ("next week", "last year", "yesterday") THEN it holds a date; "still used today" and "the last meeting" do not', () => {
    const when = 'When will the officials meet?';
    expect(holdsAnswerType('The delegations will meet in Washington next week.', 'date', when)).toBe(true);
    expect(holdsAnswerType('The office said last year that most fentanyl is made in Mexico.', 'date', when)).toBe(true);
    expect(holdsAnswerType('Later this month the talks resume.', 'date', when)).toBe(true);
    expect(holdsAnswerType('The minister spoke yesterday.', 'date', when)).toBe(true);
    expect(holdsAnswerType('The method is still used today.', 'date', when)).toBe(false);
    expect(holdsAnswerType('The last meeting was cordial.', 'date', when)).toBe(false);
  });

  it('GIVEN a duration THEN "how long" finds it, written in digits or words', () => {
    expect(holdsAnswerType('They held a 15-minute phone call.', 'duration', 'How long was the call?')).toBe(true);
    expect(holdsAnswerType('The repairs took eight months.', 'duration', 'How long did repairs take?')).toBe(true);
  });

  it('GIVEN an answer that only echoes the question THEN it does not count', () => {
    expect(holdsAnswerType('Rubio spoke with Juan Ramon de la Fuente.', 'person', 'Who did Marco Rubio speak with?')).toBe(true);
    expect(holdsAnswerType('Marco Rubio spoke.', 'person', 'Who is Marco Rubio?')).toBe(false);
  });

  it('GIVEN a yes/no question about how long a thing went on ("Was the call short?") THEN it asks for a duration, and its length words are no topic', () => {
    for (const q of ['Was the call short?', 'was the call long', 'Was the call very brief?', 'Did the call last long?', 'Did the talks last a long time?', 'Was it a long call?']) {
      expect(expectedAnswerType(q), q).toBe('duration');
      expect(topicOf(q), q).not.toMatch(/\b(?:long|short|brief|last)\b/i);
      expect(topicOf(q), q).toMatch(/\b(?:call|talks)\b/);
    }
    // A thing with an extent asks for a measure, as "How long is the Rhine?" does.
    expect(expectedAnswerType('Is the Rhine long?')).toBe('number');
    // Only the length itself: "long" among other things asked, or of another word, is no such question.
    expect(expectedAnswerType('Was the speech long and boring?')).toBeNull();
    expect(expectedAnswerType('Is the wait long at the border?')).toBeNull();
    expect(topicOf('Was the speech long and boring?')).toMatch(/long/);
  });

  it('GIVEN a question asking a person\'s first, last or full name THEN a sentence naming that person in full holds the answer, one naming them alone does not', () => {
    const lead = 'Mexican President Claudia Sheinbaum has firmly stated that intervention is not needed, after a conversation with President Donald Trump.';
    const alone = 'The call, which Sheinbaum described as "a very good conversation," was initiated after rhetoric from Trump.';
    for (const q of ["What is Sheinbaum's first name?", 'whats trumps full name', 'What is the full name of President Sheinbaum?']) {
      expect(expectedAnswerType(q), q).toBe('person');
      expect(holdsAnswerType(lead, 'person', q), q).toBe(true);
      expect(holdsAnswerType(alone, 'person', q), q).toBe(false);
      expect(topicOf(q), q).not.toMatch(/name/);
    }
    // The name of a thing is no person's.
    expect(expectedAnswerType('What was the name of the castle?')).toBeNull();
  });

  it('GIVEN "going to" before a verb THEN it only makes the verb future, as "will" does: no word of the topic; going somewhere stays', () => {
    expect(topicOf('Is the US going to invade Mexico?')).not.toMatch(/going/);
    expect(topicOf('is the rejection going to hurt cooperation')).toMatch(/rejection\s+hurt cooperation/);
    expect(topicOf('is trump going to mexico')).toMatch(/going/);
    expect(topicOf('Are they going to the border?')).toMatch(/going/);
    expect(topicOf('Are homicides going down?')).toMatch(/going/);
  });

  it('GIVEN a type phrase THEN its words are not topic words', () => {
    expect(topicOf('How long was the call?')).not.toMatch(/long/);
    expect(topicOf('In what year did the war end?')).not.toMatch(/year/);
    // Whose stand is asked for, and on what: the word for a stand is no topic.
    expect(topicOf("What is Mexico's position on intervention?").split(/\s+/)).not.toContain('position');
    expect(topicOf('whats sheinbaums position').trim()).toBe('whats sheinbaums');
    expect(topicOf("What was Tesla's position at the company?")).toContain('position');
    expect(topicOf('what is this position')).toContain('position');
    expect(topicOf('What were her exact words about Venezuela?')).not.toMatch(/words/);
    expect(topicOf('How tall is the border wall?')).not.toMatch(/tall/);
    // Whose word it is: the person stays, "according to" is no topic.
    expect(topicOf('Who is running Mexico according to Trump?')).not.toMatch(/according/i);
    expect(topicOf('Who is running Mexico according to Trump?')).toMatch(/Trump/);
  });

  it('GIVEN a weekday question THEN a sentence naming a day of the week holds the answer and a month alone does not', () => {
    expect(holdsAnswerType('The leaders held the call on Monday, January 12.', 'weekday', 'What day of the week was the call?')).toBe(true);
    expect(holdsAnswerType('The call took place in January.', 'weekday', 'What day of the week was the call?')).toBe(false);
    // A day a question names to ask about another is no answer; a yes/no question on a day is answered by that day said back.
    expect(holdsAnswerType('They met on Monday.', 'weekday', 'What day of the week after Monday did they meet?')).toBe(false);
    expect(holdsAnswerType('They met on Monday.', 'weekday', 'Did they meet on Monday?')).toBe(true);
  });

  it('GIVEN an age question THEN "45 years old" holds the answer and a bare number does not', () => {
    expect(holdsAnswerType('The mayor, who is 45 years old, took office in May.', 'age', 'How old is the mayor?')).toBe(true);
    expect(holdsAnswerType('He learned chess at the age of 6.', 'age', 'At what age did he learn chess?')).toBe(true);
    expect(holdsAnswerType('The mayor has 45 staff.', 'age', 'How old is the mayor?')).toBe(false);
    // The other common ways English gives an age.
    expect(holdsAnswerType('Women retired at age 60 and men at 65.', 'age', 'At what age did women retire?')).toBe(true);
    expect(holdsAnswerType('Responses decline at around 50 years of age.', 'age', 'At what age do responses decline?')).toBe(true);
    expect(holdsAnswerType('He moved to the city when he was seven months old.', 'age', 'How old was he when he moved?')).toBe(true);
    expect(holdsAnswerType('The 17-year-old won the final.', 'age', 'How old was the winner?')).toBe(true);
    expect(holdsAnswerType('The final lasted seven months.', 'age', 'How old was the winner?')).toBe(false);
  });

  it('GIVEN a measure asked with the words saying which of it ("the top wind speed", "the total area") THEN a figure, with its unit for a speed', () => {
    expect(expectedAnswerType('What was the top wind speed?')).toBe('number');
    expect(expectedAnswerType('What is the total area of Warsaw?')).toBe('number');
    expect(expectedAnswerType('What is the main area of research?')).toBeNull();
    expect(answerSpan('number', 'What was the top wind speed?', 'Storm Elin brought gusts of up to 140 km/h to the coast, leaving 80,000 homes without power.')).toBe('140 km/h');
  });

  it('GIVEN how fast or how quickly something was done THEN the time it took ("within hours"); how fast a thing is, its speed', () => {
    expect(expectedAnswerType('How quickly was the fire contained?')).toBe('duration');
    expect(expectedAnswerType('how fast did they shut the system down')).toBe('duration');
    expect(expectedAnswerType('How fast is the train?')).toBe('number');
    expect(expectedAnswerType('How quickly is the sea level rising?')).not.toBe('duration');
    expect(answerSpan('duration', 'how fast did they shut the system down', '"We shut that system down within hours of finding the intrusion," she said.')).toBe('within hours');
    expect(topicOf('How quickly was the fire contained?').trim()).toBe('was the fire contained?');
  });

  it('GIVEN an age between commas after a name, as news gives it THEN the age is held, and a list or a date is no age', () => {
    expect(holdsAnswerType('Lindqvist, 31, has now scored 27 goals this season.', 'age', 'How old is Lindqvist?')).toBe(true);
    expect(answerSpan('age', 'how old is lindqvist', 'Lindqvist, 31, has now scored 27 goals this season.')).toBe('31');
    expect(holdsAnswerType('Lindqvist has now scored 31 goals this season.', 'age', 'How old is Lindqvist?')).toBe(false);
    expect(holdsAnswerType('The call was on Monday, January 12, 2026, in the morning.', 'age', 'How old is Trump?')).toBe(false);
    expect(holdsAnswerType('Rooms 12, 14, and 16, were closed.', 'age', 'How old is the school?')).toBe(false);
    // As an obituary gives it.
    expect(answerSpan('age', 'How old was Rosa Delgado?', 'Rosa Delgado died on Saturday at her home. She was 84.')).toBe('She was 84');
    expect(holdsAnswerType('Rosa Delgado, founder of the food bank, dies at 84', 'age', 'How old was Rosa Delgado?')).toBe(true);
    expect(holdsAnswerType('She was 84 minutes late.', 'age', 'How old was she?')).toBe(false);
  });

  it('GIVEN a question asking the score THEN a score holds it ("3-2"), a count of goals does not', () => {
    const q = 'What was the final score?';
    expect(expectedAnswerType(q)).toBe('number');
    expect(holdsAnswerType('Harbour City beat Riverside 3-2 after extra time.', 'number', q)).toBe(true);
    expect(holdsAnswerType('The panel ruled 2–1 that the rule was unlawful.', 'number', 'What was the score of the vote?')).toBe(true);
    expect(holdsAnswerType('Lindqvist has now scored 27 goals this season.', 'number', q)).toBe(false);
    expect(answerSpan('number', q, 'Harbour City beat Riverside 3-2 after extra time in the final on Saturday.')).toBe('3-2');
  });

  it('GIVEN a why question THEN a sentence giving a cause ("because") holds the answer', () => {
    expect(holdsAnswerType('She refused because the constitution forbids interventions.', 'reason', 'Why did she refuse?')).toBe(true);
    expect(holdsAnswerType('The bridge closed due to rust.', 'reason', 'Why did the bridge close?')).toBe(true);
    expect(holdsAnswerType('She refused the offer.', 'reason', 'Why did she refuse?')).toBe(false);
  });

  it.each([
    ['What does Obersee mean?', 'Obersee'],
    ['What is the English translation of Het Scheur?', 'English Het Scheur'],
    ['What does the acronym FIS stand for?', 'acronym FIS'],
    ['What does the word Rheinrinne translate to?', 'word Rheinrinne'],
    ['Terra Nullius is a Latin expression meaning what in English?', 'Terra Nullius Latin expression English'],
  ])('GIVEN "%s" THEN it asks for a gloss, and only "%s" is its topic', (question, topic) => {
    expect(expectedAnswerType(question)).toBe('meaning');
    expect(topicOf(question).replace(/\b(?:what|does|is|the|of|a|to|for|in)\b|\?/gi, ' ').replace(/\s+/g, ' ').trim()).toBe(topic);
  });

  it('GIVEN a question asking for a length, a speed or a weight THEN a figure with its unit holds the answer, another figure does not', () => {
    const q = 'How long is the Rhine?';
    expect(holdsAnswerType('Until 1932 the accepted length of the Rhine was 1,230 kilometres.', 'number', q)).toBe(true);
    expect(holdsAnswerType('It is the second-longest river, at about 1,230 km (760 mi).', 'number', q)).toBe(true);
    expect(holdsAnswerType('Lake Constance consists of three bodies of water.', 'number', q)).toBe(false);
    expect(holdsAnswerType('The train ran at 120 km/h.', 'number', 'How fast was the train?')).toBe(true);
    expect(holdsAnswerType('The train had 12 carriages.', 'number', 'How fast was the train?')).toBe(false);
    expect(holdsAnswerType('The bell weighs 20 tonnes.', 'number', 'How heavy is the bell?')).toBe(true);
    // "How many" counts anything.
    expect(holdsAnswerType('Lake Constance consists of three bodies of water.', 'number', 'How many bodies of water does the lake have?')).toBe(true);
    expect(answerSpan('number', q, 'In 1932 the length of the Rhine was 1,230 km.')).toBe('1,230 km');
  });

  it('GIVEN "how much" of a thing, not of money THEN a figure with its unit or a share holds the answer; money still asks for money', () => {
    expect(answerSpan('money', 'How much water does the Aare give to the Rhine?', 'The Aare adds 1,000 m3/s (35,000 cu ft/s).')).toBe('1,000 m3/s');
    expect(answerSpan('date', 'When was the Duchy founded?', 'The Duchy, which began in 911 as a fiefdom, was established.')).toBe('911');
    expect(holdsAnswerType('The Aare rises at 4,274 m and is 288 km long.', 'money', 'How much water does the Aare give?')).toBe(false);
    expect(answerSpan('money', 'How much gun powder was destroyed?', 'They destroyed 45,000 pounds of gunpowder.')).toBe('45,000 pounds');
    expect(holdsAnswerType('Jews were some 30% of the city.', 'money', 'How much of the population was Jewish?')).toBe(true);
    expect(holdsAnswerType('The US offered $5 million in aid.', 'money', 'How much aid did the US offer?')).toBe(true);
    expect(holdsAnswerType('The repairs cost $2.4 million.', 'money', 'How much did the repairs cost?')).toBe(true);
  });

  it('GIVEN "what day" THEN a weekday or a day of a month holds the answer, a year alone does not', () => {
    const q = 'What day was the call?';
    expect(holdsAnswerType('In 1979, less than a year after becoming pope, John Paul celebrated Mass.', 'date', q)).toBe(false);
    expect(answerSpan('date', q, 'The leaders held a 15-minute phone call on Monday, January 12, 2026.')).toBe('Monday, January 12, 2026');
    expect(answerSpan('date', q, 'The treaty was signed on 12 May 1945.')).toBe('12 May 1945');
    // "When" takes a year.
    expect(holdsAnswerType('In 1979 he celebrated Mass.', 'date', 'When was the Mass?')).toBe(true);
  });

  it('GIVEN "what time" THEN a date, a day or a time of day holds the answer; "what time frame" asks for no point in time', () => {
    const q = 'What time was the call?';
    expect(expectedAnswerType(q)).toBe('date');
    expect(holdsAnswerType('The leaders held a phone call on Monday, January 12.', 'date', q)).toBe(true);
    for (const s of ['They spoke at 3 p.m. on the phone.', 'The talks began at 10:30.', 'The call ended at noon.']) expect(holdsAnswerType(s, 'date', q)).toBe(true);
    expect(holdsAnswerType('The call lasted 15 minutes.', 'date', q)).toBe(false);
    expect(expectedAnswerType('What time frame does the war cover?')).toBeNull();
  });

  it('GIVEN a gloss question THEN a quotation, a parenthesis or "meaning …" holds the answer; a sentence without one does not', () => {
    const q = 'What does Obersee mean?';
    expect(holdsAnswerType('Lake Constance consists of the Obersee ("upper lake") and the Untersee.', 'meaning', q)).toBe(true);
    expect(holdsAnswerType('The processes are isobaric (constant pressure) in the Rankine cycle.', 'meaning', 'What does isobaric mean?')).toBe(true);
    expect(holdsAnswerType('Warszawa, meaning "belonging to Warsz", was named after him.', 'meaning', 'What does Warszawa mean?')).toBe(true);
    expect(holdsAnswerType('The Obersee is the largest part of Lake Constance.', 'meaning', q)).toBe(false);
    // A year in brackets is no gloss.
    expect(holdsAnswerType('The Obersee froze over (1963) completely.', 'meaning', q)).toBe(false);
    // Not a gloss question: the loss meant something to France, asked as it is.
    expect(expectedAnswerType('What did the loss mean to France?')).toBeNull();
  });

  it('GIVEN a temperature asked for ("how hot", "in degrees Celsius") THEN a figure in degrees holds it, another figure does not; the unit is no topic word', () => {
    const q = 'What is the turbine entry temperature of a steam turbine, in degrees Celsius?';
    expect(expectedAnswerType(q)).toBe('number');
    expect(topicOf(q).toLowerCase()).not.toContain('celsius');
    expect(answerSpan('number', q, 'In steam turbines, turbine entry temperature is typically 565 °C (the creep limit of stainless steel).')).toBe('565 °C');
    expect(holdsAnswerType('The turbine has 3 stages and 12 blades.', 'number', q)).toBe(false);
    expect(expectedAnswerType('How hot was it in Seville?')).toBe('number');
    expect(answerSpan('number', 'How hot was it in Seville?', 'Temperatures reached 41C in Seville on Sunday, 2 above the record.')).toBe('41C');
    expect(expectedAnswerType('Was the weather cold?')).toBeNull();
  });

  it('GIVEN a rate asked for ("the homicide rate", "the rate of inflation") THEN a figure; "rate" stays a word of the topic', () => {
    for (const q of ['What is the homicide rate in Mexico?', 'What was the rate of inflation in 1974?', "What's the unemployment rate?"]) {
      expect(expectedAnswerType(q)).toBe('number');
      expect(topicOf(q)).toMatch(/\brate\b/);
    }
    expect(holdsAnswerType('The homicide rate fell to 24 per 100,000 people.', 'number', 'What is the homicide rate in Mexico?')).toBe(true);
    expect(expectedAnswerType('What is the rating of the show?')).toBeNull();
  });

  it('GIVEN a nationality asked for THEN a name\'s adjective holds it (a faith\'s does not), and "nationality" is no word of the topic', () => {
    for (const q of ['What nationality was Arthur Woolf?', "What is William Rankine's nationality?", 'What was the nationality of the engineer?']) {
      expect(expectedAnswerType(q)).toBe('nationality');
      expect(topicOf(q).split(/\s+/)).not.toContain('nationality');
    }
    const q = 'What nationality was Arthur Woolf?';
    expect(holdsAnswerType('The Cornish engineer Arthur Woolf patented a compound engine in 1804.', 'nationality', q)).toBe(true);
    expect(holdsAnswerType('It was described by Greek mathematician Hero of Alexandria.', 'nationality', q)).toBe(true);
    expect(holdsAnswerType('Woolf, a Catholic, patented a compound engine.', 'nationality', q)).toBe(false);
    expect(holdsAnswerType('Woolf patented a compound engine in Cornwall.', 'nationality', q)).toBe(false);
    // Counting nationalities asks for a figure, and the word stays the topic.
    expect(expectedAnswerType('How many nationalities live in Warsaw?')).toBe('number');
    expect(topicOf('How many nationalities live in Warsaw?')).toContain('nationalities');
  });
});

describe('answers as encyclopedias write them, and names as the answer to "who"', () => {
  it.each([
    // Centuries in words or plural, a year with its era.
    ['Mechlin lace developed in the first half of the eighteenth century.', 'date', 'When did Mechlin lace develop?', true],
    ['The Normans were there in the 10th and 11th centuries.', 'date', 'When were the Normans in Normandy?', true],
    ['The earliest reference was during the plague of Athens in 430 BC.', 'date', 'When was the first reference?', true],
    ['The earliest reference was during the plague of Athens.', 'date', 'When was the first reference?', false],
    // A year before 1000 without its era, read from the words around it; a count is not one.
    ['The Duchy of Normandy, which began in 911 as a fiefdom, was established.', 'date', 'When was the Duchy founded?', true],
    ['Viking settlers had begun arriving in the 880s, but were divided.', 'date', 'When did the settlers arrive?', true],
    ['There were problems in 300 cases of the plague.', 'date', 'When were there problems?', false],
    ['He sold 300 copies in 200 days.', 'date', 'When did he sell copies?', false],
    // "How long has it been…": since when.
    ['It has been a general principle since the 1950s.', 'duration', 'How long has it been a principle?', true],
    ['It has been a general principle of law.', 'duration', 'How long has it been a principle?', false],
    // "How much": a share as well as a sum.
    ['71% of its imported oil came from the Middle East.', 'money', 'How much imported oil came from the Middle East?', true],
    ['The university owns approximately fifty percent more land in Allston.', 'money', 'How much more land does it own?', true],
    ["Watt's engines used half as much coal.", 'money', 'How much coal did they use?', true],
    ['Danish law required 200,000 Danish krone of capital.', 'money', 'How much capital was required?', true],
    ['The engines used coal.', 'money', 'How much coal did they use?', false],
    // "How many": "hundreds", "none".
    ['The service could carry hundreds of channels.', 'number', 'How many channels could it carry?', true],
    ['None of the original treaties mention it.', 'number', 'How many treaties mention it?', true],
    // One name within a sentence, a name "of" a place, accents, capitals; not the question's own names nor a sentence's first word.
    ['The viking settlers followed the Norse leader Rollo.', 'person', 'Who was the Norse leader?', true],
    ['Edward made Robert of Jumièges archbishop.', 'person', 'Who did Edward make archbishop?', true],
    ['The rights were bought by Enrique Pérez de Guzmán.', 'person', 'Who bought the rights?', true],
    ['VideoGuard is owned by NDS.', 'person', 'Who owns VideoGuard?', true],
    ['Edward the Confessor returned in 1041.', 'person', 'When did Edward the Confessor return?', false],
    ['Returning, he was crowned.', 'person', 'Who was crowned?', false],
  ] as const)('GIVEN "%s" asked for a %s ("%s") THEN held: %s', (sentence, type, question, held) => {
    expect(holdsAnswerType(sentence, type, question)).toBe(held);
  });
});

describe('the precise kinds of answer', () => {
  it('GIVEN the answer types THEN the kinds the transports mark are exactly those recognised at full strength', () => {
    const full = Object.entries(TYPE_STRENGTH).filter(([, strength]) => strength === 1).map(([type]) => type);
    expect([...GIVEN_KINDS].sort()).toEqual(full.sort());
    expect(preciseKind('age')).toBe('age');
    expect(preciseKind('person')).toBeNull();
    expect(preciseKind(null)).toBeNull();
  });
});

describe('the words that answer', () => {
  const call = "The leaders held a 15-minute phone call on Monday, January 12, 2026, where Sheinbaum reiterated Mexico's stance.";
  it('GIVEN a question asking for a date, a weekday or a duration THEN the words giving it, neighbouring matches as one', () => {
    expect(answerSpan('date', 'When did the leaders talk?', call)).toBe('Monday, January 12, 2026');
    expect(answerSpan('weekday', 'What day of the week was the call?', call)).toBe('Monday');
    expect(answerSpan('duration', 'How long was the call?', call)).toBe('15-minute');
    expect(answerSpan('money', 'How much did homicides fall?', 'Homicides fell by 37% compared to the previous year.')).toBe('37%');
  });

  it('GIVEN several THEN the one nearest a word of the question, after it when two are as near', () => {
    expect(answerSpan('date', 'When did the bridge reopen?', 'Built in 1932, the bridge closed in 2019 and reopened in 2021 after repairs.')).toBe('2021');
    expect(answerSpan('date', 'When was the call held?', 'The call was announced on Friday and held on Monday, January 12.')).toBe('Monday, January 12');
    expect(answerSpan('number', 'How many troops were sent?', 'Of 40 ships, 12 carried 3,000 troops to the island.')).toBe('3,000');
  });

  it('GIVEN "how many" and a thing counted THEN the figure that counts it, before a figure nearer the question\'s words', () => {
    const goals = 'The club will play in the cup next season. Lindqvist, 31, has now scored 27 goals this season.';
    expect(answerSpan('number', 'How many goals did Lindqvist score?', goals)).toBe('27');
    const crews = 'More than 900 firefighters from four states worked on the fire, with six helicopters.';
    expect(answerSpan('number', 'how many states sent firefighters', crews)).toBe('four');
    // Nothing counted of the kind asked: the nearest figure, as before.
    expect(answerSpan('number', 'How many firefighters came?', crews)).toBe('900');
  });

  it('GIVEN two figures as near the nearest word of the question THEN the one nearer its other words', () => {
    const cases = 'Officials have confirmed 38 cases of measles, up from 11 cases two weeks ago.';
    expect(answerSpan('number', 'How many cases were there two weeks ago?', cases)).toBe('11');
    expect(answerSpan('number', 'How many cases are there?', cases)).toBe('38');
  });

  it('GIVEN a question word the sentence writes in a form the stemmer does not bring back ("die" / "died") THEN it is found by its dictionary form', () => {
    const obituary = "Rosa Delgado, who founded the food bank in 1979 and built it into the city's largest charity, died on Saturday at her home.";
    expect(answerSpan('date', 'When did she die?', obituary)).toBe('Saturday');
  });

  it('GIVEN "no one" THEN the count is "No one", not "one"', () => {
    expect(answerSpan('number', 'How many people died in the fire?', 'No one died in the fire, but two firefighters were treated.')).toBe('No one');
  });

  it('GIVEN "how many N" and a passage listing Ns an item a bullet THEN the count can be read off it; a list of other things, or one item, cannot', () => {
    const metrics = 'Sheinbaum pointed to specific metrics to demonstrate progress, including: • A decrease in homicide rates. • Falling seizures of fentanyl.';
    expect(listsCounted('How many metrics did Sheinbaum mention?', metrics)).toBe(true);
    expect(listsCounted('How many cartels are there?', metrics)).toBe(false);
    expect(listsCounted('How many metrics did she mention?', 'Sheinbaum pointed to specific metrics, including: • A decrease in homicide rates.')).toBe(false);
    expect(askedKind('number', 'How many metrics did Sheinbaum mention?')!.holds(metrics)).toBe(true);
  });

  it('GIVEN a when-question about a later instance THEN a day on or before its report\'s is not its answer: no span, not held; a later day is; a past-tense question keeps the day', () => {
    const call = 'The leaders held a 15-minute phone call on Monday, January 12, 2026, in Mexico City.';
    const next = askedKind('date', 'When is the next call?')!;
    expect(next.kind).toBe('later-date');
    expect(next.spanIn(call, '2026-01-12')).toBeNull();
    expect(next.holds(call, '2026-01-12')).toBe(false);
    // Reported the day before, the same day is a later one; with no report date, nothing says it is not.
    expect(next.spanIn(call, '2026-01-11')).toBe('Monday, January 12, 2026');
    expect(next.spanIn(call, null)).toBe('Monday, January 12, 2026');
    // Of two days in a sentence, the later one answers.
    const both = 'After the call on January 12, the two leaders agreed to speak again on February 3.';
    expect(askedKind('date', 'When will they speak again?')!.spanIn(both, '2026-01-13')).toBe('February 3');
    // A weekday alone is later when the sentence speaks of what is to come, not of what was.
    expect(askedKind('date', 'When is the next storm?')!.spanIn('A second storm could arrive on Thursday.', '2026-11-22')).toBe('Thursday');
    expect(next.spanIn('The talks included a Sunday conversation between the two secretaries.', '2026-01-12')).toBeNull();
    // Only a day is asked so: a time of day, a count or a question with no kind are not.
    expect(asksLaterDay('date', 'When is the next call?')).toBe(true);
    expect(asksLaterDay('weekday', 'What day will they meet again?')).toBe(true);
    for (const [type, q] of [['time', 'What time will the next call be?'], ['number', 'How many calls will there be?'], [null, 'Will they talk again?']] as const) expect(asksLaterDay(type, q), q).toBe(false);
    const was = askedKind('date', 'When was the call?')!;
    expect(was.kind).toBe('date');
    expect(was.spanIn(call, '2026-01-12')).toBe('Monday, January 12, 2026');
  });

  it('GIVEN "how many" THEN the day or year of a date is no count, nor a span of time unless time is counted', () => {
    const call = 'The leaders held a 15-minute phone call on Monday, January 12, 2026, in Mexico City.';
    expect(answerSpan('number', 'How many cartels are there in Mexico?', call)).toBeNull();
    expect(holdsAnswerType(call, 'number', 'How many cartels are there in Mexico?')).toBe(false);
    expect(answerSpan('number', 'How many minutes did the call last?', call)).toBe('15');
    expect(answerSpan('number', 'How many people died?', 'In 2019, 12 people died in the fire.')).toBe('12');
    expect(answerSpan('number', 'How many people died?', 'On 3 March 2020 the toll reached 40.')).toBe('40');
    expect(answerSpan('number', 'How many people attended?', 'About 2000 people attended in May.')).toBe('2000');
  });

  it('GIVEN "how many N" THEN a sentence counts N when a figure is followed closely by N (any number), and nothing is asked to count without a noun', () => {
    const cases = countsAsked('How many cases are there?')!;
    expect(cases('Officials have confirmed 38 cases of measles.')).toBe(true);
    expect(cases('Three new cases were found.')).toBe(true);
    expect(cases('Most of the cases are in children under ten.')).toBe(false);
    expect(countsAsked('How many were there?')).toBeNull();
    expect(countsAsked('How long was the call?')).toBeNull();
  });

  it('GIVEN an amount in millions THEN the amount whole, not its first digits', () => {
    expect(answerSpan('money', 'How much did it cost to fight the fire?', 'The cost of fighting the fire is estimated at $21 million.')).toBe('$21 million');
    expect(answerSpan('money', 'How much did the company pay?', 'Last year the company paid $8 million to settle claims.')).toBe('$8 million');
  });

  it('GIVEN question words of unequal weight THEN closeness to the telling one counts more', () => {
    const sky = 'On 18 November 2015, Sky announced Sky Q, a range of products and services to be available in 2016.';
    const question = 'When are the new Sky Q products going to be available?';
    expect(answerSpan('date', question, sky)).toBe('18 November 2015');
    // In an article about Sky, "sky" is in most sentences: its IDF is low, "available"'s high.
    expect(answerSpan('date', question, sky, (s) => (s === 'sky' ? 0.2 : 3))).toBe('2016');
  });

  it('GIVEN a name asked for, a figure the question names itself, or none THEN nothing', () => {
    expect(answerSpan('person', 'Who did Rubio speak with?', 'Rubio spoke with Juan Ramon de la Fuente.')).toBeNull();
    expect(answerSpan('date', 'What happened in 2026?', 'The call was in 2026.')).toBeNull();
    expect(answerSpan('number', 'How many troops?', 'The troops stayed home.')).toBeNull();
    expect(answerSpan(null, 'What did Rubio ask for?', call)).toBeNull();
  });
});

describe('durations in words beyond ten', () => {
  it('GIVEN "eleven weeks" or "twenty-five years" THEN a duration is held', () => {
    expect(holdsAnswerType('The repairs are expected to take eleven weeks.', 'duration', 'How long will the repairs take?')).toBe(true);
    expect(holdsAnswerType('The lease runs for twenty-five years.', 'duration', 'How long is the lease?')).toBe(true);
  });
});
