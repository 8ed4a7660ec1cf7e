import { describe, expect, it } from 'vitest';
import { leansOnPrevious, MAX_QUESTION_PARTS, questionParts } from '../../src/retrieval/question-parts.ts';

describe('questionParts', () => {
  it('GIVEN two questions, each with its question mark THEN each is a part, a leading "and" dropped', () => {
    expect(questionParts('How long was the call? Who started it?')).toEqual(['How long was the call?', 'Who started it?']);
    expect(questionParts('Thanks! How long was the call? And who started it?')).toEqual(['Thanks! How long was the call?', 'who started it?']);
    expect(questionParts('how long was the call??? who started it')).toEqual(['how long was the call???', 'who started it']);
    expect(questionParts('How long was the call? Also, who started it?')).toEqual(['How long was the call?', 'who started it?']);
  });

  it('GIVEN "and" opening a wh-question of its own THEN two parts, the first asked too', () => {
    expect(questionParts('When was the call and how long did it last?')).toEqual(['When was the call?', 'how long did it last?']);
    expect(questionParts('What did Rubio ask for, and why did Mexico refuse?')).toEqual(['What did Rubio ask for?', 'why did Mexico refuse?']);
  });

  it('GIVEN one question with "and" in it THEN it stays whole', () => {
    for (const one of [
      'Who are Sheinbaum and Trump?',
      'What did they discuss and why?',
      'Do you know when and where the call happened?',
      'How and why did Mexico refuse?',
      'Who called, and what did Rubio ask for?',
      'hi there. how long was the call?',
      'The Rhine forms the border between Austria and what other country?',
      'Tell me who called and what they said',
    ]) {
      expect(questionParts(one)).toEqual([one]);
    }
  });

  it('GIVEN a piece too short to ask anything, small talk, or a question mark inside quotation marks THEN it stays with its neighbour', () => {
    expect(questionParts('What? How long was the call?')).toEqual(['What? How long was the call?']);
    expect(questionParts('How long was the call? why?')).toEqual(['How long was the call? why?']);
    expect(questionParts('Did she say "is it over? really" to him?')).toEqual(['Did she say "is it over? really" to him?']);
    expect(questionParts('How long was the call? Thank you so much')).toEqual(['How long was the call? Thank you so much']);
    expect(questionParts('hello there? How long was the call? tell me more')).toEqual(['hello there? How long was the call? tell me more']);
  });

  it(`GIVEN more than ${MAX_QUESTION_PARTS} questions THEN the rest stays with the last part`, () => {
    const parts = questionParts('How long was the call? Who started it? What did Rubio ask? Why did Mexico refuse?');
    expect(parts).toHaveLength(MAX_QUESTION_PARTS);
    expect(parts.at(-1)).toBe('What did Rubio ask? Why did Mexico refuse?');
  });

  it('GIVEN a later part THEN it leans on the one before when it points back to it or names nothing of its own', () => {
    expect(leansOnPrevious('how long did it last?')).toBe(true);
    expect(leansOnPrevious('when did they talk?')).toBe(true);
    expect(leansOnPrevious('How long?')).toBe(true);
    expect(leansOnPrevious('What did Rubio ask for?')).toBe(false);
    expect(leansOnPrevious('What did Trump ask Sheinbaum about Venezuela?')).toBe(false);
  });
});
