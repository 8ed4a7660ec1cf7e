import { describe, expect, it } from 'vitest';
import { expectedAnswerType, holdsAnswerType, topicOf } from '../../src/retrieval/answer-type.ts';

describe('answer types', () => {
  it.each([
    ['How long was the call?', 'duration'],
    ['When did the leaders speak?', 'date'],
    ['In what year did the Normans arrive?', 'date'],
    ['How many cables were replaced?', 'number'],
    ['How much did the repairs cost?', 'money'],
    ['Who is the foreign minister?', 'person'],
    ['Where did she brief reporters?', 'place'],
    ['What did Rubio ask for?', null],
  ])('GIVEN "%s" THEN it asks for %s', (q, type) => {
    expect(expectedAnswerType(q)).toBe(type);
  });

  it('GIVEN a sentence with a date the question does not name THEN it holds a date answer', () => {
    expect(holdsAnswerType('The call took place on Monday, January 12, 2026.', 'date', 'When did they speak?')).toBe(true);
    expect(holdsAnswerType('They spoke about trade.', 'date', 'When did they speak?')).toBe(false);
  });

  it('GIVEN a duration THEN "how long" finds it, written in digits or words', () => {
    expect(holdsAnswerType('They held a 15-minute phone call.', 'duration', 'How long was the call?')).toBe(true);
    expect(holdsAnswerType('The repairs took eight months.', 'duration', 'How long did repairs take?')).toBe(true);
  });

  it('GIVEN an answer that only echoes the question THEN it does not count', () => {
    expect(holdsAnswerType('Rubio spoke with Juan Ramon de la Fuente.', 'person', 'Who did Marco Rubio speak with?')).toBe(true);
    expect(holdsAnswerType('Marco Rubio spoke.', 'person', 'Who is Marco Rubio?')).toBe(false);
  });

  it('GIVEN a type phrase THEN its words are not topic words', () => {
    expect(topicOf('How long was the call?')).not.toMatch(/long/);
    expect(topicOf('In what year did the war end?')).not.toMatch(/year/);
  });
});
