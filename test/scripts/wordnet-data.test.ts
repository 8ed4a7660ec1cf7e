import { describe, expect, it } from 'vitest';
import { antonymPairs, derivationPairs, hypernymLines, initialismLines, personKindLines, properNames, troponymLines, verbSynonymLines } from '../../scripts/wordnet-lexicon/wordnet-data.ts';

// Two synsets in WordNet's data format (wndb(5WN)), pointing at each other with "+" (derivation),
// one with a two-word lemma that is left out, and the licence header's indented lines.
const VERB = `  1 This software and database is being provided to you, the LICENSEE, by Princeton University
00001000 35 v 02 seize 0 grab 0 002 + 00002000 n 0101 + 00003000 n 0201 | take hold of
`;
const NOUN = `  1 licence text
00002000 04 n 01 seizure 0 001 + 00001000 v 0101 | the act of taking
00003000 04 n 01 grab_bag 0 001 + 00001000 v 0102 | a mixed lot
`;

describe('WordNet derivation pairs', () => {
  it('GIVEN data files THEN each verb and noun of one word joined by "+" comes once, verb first', () => {
    expect(derivationPairs([{ pos: 'verb', text: VERB }, { pos: 'noun', text: NOUN }])).toEqual([['seize', 'seizure']]);
  });
});

// Adjectives pointing at their antonyms with "!": one made with a prefix, one not, and a satellite
// ("s") synset whose pointer names data.adj too.
const ADJ = `00010000 00 a 01 significant 0 001 ! 00011000 a 0101 | important
00011000 00 a 01 insignificant 0 001 ! 00010000 a 0101 | not important
00012000 00 a 01 first 0 001 ! 00013000 a 0101 | before all others
00013000 00 a 01 last 0 001 ! 00012000 a 0101 | after all others
00014000 00 s 01 unimportant 0 001 ! 00015000 s 0101 | of little weight
00015000 00 s 01 important 0 000 | of weight
`;

describe('WordNet antonym pairs', () => {
  it('GIVEN data files THEN each antonym made with a negating prefix comes once, the plain word first, and other antonyms are left out', () => {
    expect(antonymPairs([{ pos: 'adj', text: ADJ }])).toEqual([
      ['important', 'unimportant'],
      ['significant', 'insignificant'],
    ]);
  });
});

describe('WordNet names', () => {
  it('GIVEN data files THEN the one-word lemmas written with a capital in every part of speech come lower-cased and sorted; words also written in lower case, abbreviations and two-word names do not', () => {
    const noun = `00020000 15 n 02 France 0 Gallic_Republic 0 000 | a republic in western Europe
00021000 15 n 01 Bill 0 000 | a name
00022000 15 n 01 bill 0 000 | a statement of money owed
00023000 15 n 01 TV 0 000 | television
00024000 15 n 01 Texas 0 000 | a state
`;
    const adj = `00030000 00 a 01 Texas 0 000 | of Texas
00031000 00 a 01 northern 0 000 | in the north
`;
    expect(properNames([{ pos: 'noun', text: noun }, { pos: 'adj', text: adj }])).toEqual(['france', 'texas']);
  });
});

// "end" with two senses (index.verb lists the first first): the first has two troponym synsets, one
// with a two-word lemma that is left out; the second sense's troponym is not read.
const TROPONYM_VERB = `  1 licence text
00040000 30 v 01 end 0 002 ~ 00041000 v 0000 ~ 00042000 v 0000 | have an end
00041000 30 v 02 conclude 0 close 0 001 @ 00040000 v 0000 | come to a close
00042000 30 v 02 run_out 0 lapse 0 001 @ 00040000 v 0000 | come to an end
00043000 30 v 01 end 0 001 ~ 00044000 v 0000 | bring to an end
00044000 30 v 01 kill 0 001 @ 00043000 v 0000 | cause to die
`;
const TROPONYM_INDEX = `  1 licence text
end v 2 2 @ ~ 2 0 00040000 00043000
conclude v 1 1 @ 1 0 00041000
kill v 1 1 @ 1 0 00044000
`;

describe('WordNet troponyms', () => {
  it('GIVEN a verb whose first sense has troponyms THEN one line lists their one-word lemmas by meaning, the later senses left out', () => {
    expect(troponymLines(TROPONYM_VERB, TROPONYM_INDEX)).toEqual(['end conclude,close|lapse']);
  });
});

// Persons (lexicographer file 18) under "official" (@), a name written only with a capital, a word
// whose first sense is no person, and a hypernym outside the file ("person", 03), which is left out.
const PERSON_NOUN = `  1 licence text
00050000 03 n 01 person 0 000 | a human being
00051000 18 n 01 official 0 001 @ 00050000 n 0000 | a person in office
00052000 18 n 01 ambassador 0 001 @ 00051000 n 0000 | a diplomat
00053000 18 n 02 secretary 0 minister 0 001 @ 00051000 n 0000 | a head of department
00054000 18 n 01 Rhine 0 001 @i 00051000 n 0000 | a parapsychologist
00055000 06 n 01 desk 0 000 | a table
00056000 06 n 01 secretary 0 000 | a writing desk
`;
const PERSON_INDEX = `  1 licence text
ambassador n 1 1 @ 1 0 00052000
desk n 1 0 1 0 00055000
minister n 1 1 @ 1 0 00053000
official n 1 1 @ 1 0 00051000
person n 1 0 1 0 00050000
rhine n 1 1 @ 1 0 00054000
secretary n 2 1 @ 2 0 00053000 00056000
`;

describe('WordNet kinds of person', () => {
  it('GIVEN nouns THEN those whose first sense names a person are listed with their person senses, and each sense with its person hypernyms; names and other nouns are left out', () => {
    const { words, parents } = personKindLines(PERSON_NOUN, PERSON_INDEX);
    // Ids number the synsets reached in WordNet's order: official 0, ambassador 1, secretary/minister 2.
    expect(words).toEqual(['ambassador 1', 'minister 2', 'official 0', 'secretary 2']);
    expect(parents).toEqual(['1 0', '2 0']);
  });
});

// "speak": its first sense with "talk" and a two-word lemma (left out), its second with "orate" (left
// out: not its first); "talk": the same first sense; "harangue": alone in its synset.
const SYNONYM_VERB = `00060000 32 v 03 talk 0 speak 0 speak_up 0 000 | express in speech
00061000 32 v 02 speak 0 orate 0 000 | give a speech
00062000 32 v 01 harangue 0 000 | address forcefully
`;
const SYNONYM_INDEX = `speak v 2 1 @ 2 0 00060000 00061000
talk v 1 1 @ 1 0 00060000
harangue v 1 0 1 0 00062000
`;

describe('WordNet verb synonyms', () => {
  it('GIVEN verbs THEN each lists the one-word lemmas of its first sense but itself, and a verb whose first sense has none is left out', () => {
    expect(verbSynonymLines(SYNONYM_VERB, SYNONYM_INDEX)).toEqual(['speak talk', 'talk speak']);
  });
});

// "deal" with three senses, two of them seen in the sense-tagged corpus (tagsense_cnt 2); "murder",
// never tagged, so its first sense only; a name written only with a capital; an instance ("@i"),
// which is no hypernym; a two-word lemma, left out; "popularity", whose hypernym "quality" is too
// near the top (depth 1 below "entity"; the others are at 4).
const HYPERNYM_NOUN = `  1 licence text
00059000 03 n 01 entity 0 000 | that which exists
00059100 03 n 01 quality 0 001 @ 00059000 n 0000 | an attribute
00059200 03 n 01 act 0 001 @ 00059000 n 0000 | something done
00059300 04 n 01 action 0 001 @ 00059200 n 0000 | something done, usually over a period
00059400 04 n 01 event 0 001 @ 00059300 n 0000 | something that happens
00060000 04 n 02 transaction 0 business_deal 0 001 @ 00059400 n 0000 | an exchange
00061000 10 n 02 agreement 0 understanding 0 001 @ 00059400 n 0000 | a statement of promises
00062000 04 n 01 hand 0 001 @ 00059400 n 0000 | the cards held
00063000 04 n 01 deal 0 001 @ 00060000 n 0000 | a particular instance of buying or selling
00064000 10 n 02 bargain 0 deal 0 001 @ 00061000 n 0000 | an agreement between parties
00065000 04 n 01 deal 0 001 @ 00062000 n 0000 | the cards dealt
00066000 04 n 01 homicide 0 001 @ 00059400 n 0000 | a killing
00067000 04 n 01 murder 0 001 @ 00066000 n 0000 | an unlawful killing
00068000 04 n 01 slaying 0 001 @ 00060000 n 0000 | a rarer sense
00069000 18 n 01 Hoover 0 001 @i 00066000 n 0000 | a name
00070000 07 n 01 popularity 0 001 @ 00059100 n 0000 | being liked
`;
const HYPERNYM_INDEX = `  1 licence text
bargain n 1 1 @ 1 0 00064000
deal n 3 1 @ 3 2 00063000 00064000 00065000
hoover n 1 1 @i 1 0 00069000
murder n 2 1 @ 2 0 00067000 00068000
popularity n 1 1 @ 1 0 00070000
`;

describe('WordNet hypernyms of nouns', () => {
  it('GIVEN nouns THEN each lists the one-word hypernyms of its tagged senses (its first where none is), one group per sense; names, instances and the broadest hypernyms are left out', () => {
    expect(hypernymLines(HYPERNYM_NOUN, HYPERNYM_INDEX)).toEqual(['bargain agreement,understanding', 'deal transaction|agreement,understanding', 'murder homicide']);
  });
});

describe('WordNet initialisms', () => {
  it('GIVEN a noun meaning that writes an initialism and words whose initials spell it THEN the pair, small words left out; one standing for two things, or initials that differ, none', () => {
    const noun = [
      '09935806 18 n 03 chief_executive_officer 0 CEO 0 chief_operating_officer 0 001 @ 09985785 n 0000 | the corporate executive',
      '08153242 14 n 02 Federal_Bureau_of_Investigation 0 FBI 0 000 | a federal law enforcement agency',
      '00000001 14 n 02 Alcoholics_Anonymous 0 AA 0 000 | an organization',
      '00000002 14 n 02 American_Airlines 0 AA 0 000 | an airline',
      '00000003 14 n 02 television 0 TV 0 000 | a medium',
      '',
    ].join('\n');
    expect(initialismLines(noun)).toEqual(['ceo chief,executive,officer', 'fbi federal,bureau,of,investigation']);
  });
});
