import { describe, expect, it } from 'vitest';
import { holdsNegation, negationUnmatched, oppositeInPassage } from '../../src/retrieval/contradiction.ts';

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

  it('GIVEN a converse relation, which says the same thing turned round THEN it is no opposite', () => {
    expect(oppositeInPassage('What came before the call?', 'The call was initiated after a week of heightened rhetoric.')).toBeNull();
    expect(oppositeInPassage('Which river carries less water?', 'The Rhine carries more water than the Main.')).toBeNull();
    expect(oppositeInPassage('What lies below the castle?', 'The castle stands above the old town.')).toBeNull();
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
