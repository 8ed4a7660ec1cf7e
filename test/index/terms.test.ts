import { describe, expect, it } from 'vitest';
import { phraseTerms, terms, tokenTerms, words } from '../../src/index/terms.ts';

describe('phrase terms', () => {
  it('GIVEN a quote full of function words THEN neighbouring pairs with some content are kept', () => {
    expect(phraseTerms('And he said unto them, Go ye')).toEqual(['said_unto', 'unto_them', 'them_go', 'go_ye']);
  });

  it('GIVEN two function words side by side THEN they make no phrase', () => {
    expect(phraseTerms('it was the')).toEqual([]);
  });

  it('GIVEN inflected words THEN phrases are stemmed like single terms', () => {
    expect(phraseTerms('phone calls')).toEqual([`${terms('phone')[0]}_${terms('calls')[0]}`]);
  });
});

describe('"US" in capitals', () => {
  it('GIVEN "US" written as a word in capitals THEN it is the term "U.S." gives, not the pronoun "us"', () => {
    expect(terms('Is a US invasion likely?')).toEqual(terms('Is a U.S. invasion likely?'));
    expect(terms("the US's army")).toEqual(terms("the U.S.'s army"));
    expect(terms('the US-Mexico border')).toContain(terms('U.S.')[0]);
  });

  it('GIVEN "us" in lower case, or US inside a longer word THEN nothing changes', () => {
    expect(terms('Tell us about the call')).toEqual(terms('Tell about the call'));
    expect(words('USAF and BUS')).toEqual(['usaf', 'and', 'bus']);
  });
});

describe('initialisms written with full stops', () => {
  it('GIVEN "U.N.", "U.K.", "D.C." or "U.S.A." THEN each is the word its letters make, as typed without the stops', () => {
    expect(terms('The U.N. said')).toEqual(terms('The UN said'));
    expect(terms('the U.K.-led talks')).toEqual(terms('the UK-led talks'));
    expect(words('Washington, D.C.')).toEqual(['washington', 'dc']);
    expect(words('D.C. and U.N.-backed')).toEqual(['dc', 'and', 'un', 'backed']);
  });

  it('GIVEN an initialism whose letters make a function word ("U.S.", "e.g.") THEN it is read as before: "U.S." stays the country, not the pronoun "us"', () => {
    expect(terms('the U.S. military')).toEqual(terms('the US military'));
    expect(terms('the U.S. military')).not.toEqual(terms('the military'));
    // "USA", "U.S.A." and "usa" are the same country.
    for (const usa of ['the USA military', 'the U.S.A. military', 'the usa military']) expect(terms(usa)).toEqual(terms('the U.S. military'));
    expect(words('e.g. this')).toEqual(['e', 'g', 'this']);
  });

  it('GIVEN a single initial, a decimal or an abbreviation of longer pieces THEN nothing is joined', () => {
    expect(words('John F. Kennedy')).toEqual(['john', 'f', 'kennedy']);
    expect(words('1.5 million')).toEqual(['1.5', 'million']);
    expect(words('a Ph.D. student')).toEqual(['a', 'ph', 'd', 'student']);
  });
});

describe('words', () => {
  it('GIVEN accents or compatibility characters THEN they are folded; plain ASCII is split as it is', () => {
    expect(words('Ramón de la Fuente, Zürich café')).toEqual(['ramon', 'de', 'la', 'fuente', 'zurich', 'cafe']);
    expect(words('ﬁnal ①')).toEqual(['final', '1']);
    expect(words('A 15-minute call cost $10,000.50 in 2026.')).toEqual(['a', '15', 'minute', 'call', 'cost', '10,000.50', 'in', '2026']);
  });
});

describe('"won"', () => {
  it('GIVEN "won", the past of "win" THEN it is a term; "won\'t" is "will not", no "won" of its own', () => {
    expect(terms('The Socialist Party won the election')).toEqual(['socialist', 'parti', 'won', 'elect']);
    expect(words("They won't win, Won’t they?")).toEqual(['they', 'will', 'not', 'win', 'will', 'not', 'they']);
    expect(terms("The talks won't resume")).toEqual(['talk', 'resum']);
  });
});

describe('"called" that names a thing', () => {
  const call = terms('call')[0]!;

  it.each([
    'Phagocytes engulf pathogens in a process called chemotaxis.',
    'It was initially called "New College".',
    'These so-called "four freedoms" were thought to be essential.',
    'The principle behind vaccination (also called immunization) is simple.',
    'The river mouths, called the Forks of the Ohio, were contested.',
    'The mayor of Warsaw is called President.',
  ])('GIVEN "%s" THEN it holds no term of "call"', (sentence) => {
    expect(terms(sentence)).not.toContain(call);
  });

  it.each([
    'Trump called Sheinbaum on Monday.',
    'The president called the Mexican leader.',
    'Officials called for calm.',
    'She called him back an hour later.',
    'He repeatedly called Sheinbaum.',
    'The call was initiated after a week of rhetoric.',
    'Who called whom?',
    'The election was called after the government fell.',
    'A snap election was called.',
  ])('GIVEN "%s" THEN "call" stays a term: a call, or a verb of a clause', (sentence) => {
    expect(terms(sentence)).toContain(call);
  });

  it('GIVEN a question asking what a thing is called THEN "called" is not searched', () => {
    expect(terms('What was the college initially called?')).toEqual(terms('What was the college initially?'));
  });
});

describe('the terms of one token, remembered', () => {
  it('GIVEN tokens as typed THEN their terms are the terms of the same text, asked once or again', () => {
    for (const token of ["Sheinbaum's", 'U.S.', 'U.N.', 'USA', 'won’t', 'calls', 'the', '10,000', 'École']) {
      expect(tokenTerms(token)).toEqual(terms(token));
      expect(tokenTerms(token)).toEqual(terms(token));
    }
    expect(tokenTerms('calls')).toEqual([terms('call')[0]]);
  });
});
