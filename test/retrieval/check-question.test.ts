import { describe, expect, it } from 'vitest';
import { asksToCheck, checkedAsQuestion, isStatement, isYesNo, statementToCheck, statesToCheck, withoutCheckTag } from '../../src/retrieval/check-question.ts';

describe('a statement given to be checked', () => {
  it.each([
    'I heard the call was 30 minutes, is that right?',
    "i've read that Mexico accepted",
    'the call was on Tuesday, right?',
    "Mexico said no, isn't that true?",
    'Is it true that the call lasted 20 minutes?',
    'someone said Trump called first',
    // A chat leaves the comma out.
    'the call lasted an hour right?',
    'trump called sheinbaum correct?',
  ])('GIVEN "%s" THEN it asks to check', (q) => {
    expect(asksToCheck(q)).toBe(true);
  });

  it.each(['How long was the call?', 'Was the call on Tuesday?', 'Who is right about the cartels?', 'What did I hear about Rubio?', 'The call was on Tuesday.', 'Was Trump right?', 'Did they do it right?', 'Mexico was right?'])(
    'GIVEN "%s" THEN it does not',
    (q) => {
      expect(asksToCheck(q)).toBe(false);
    },
  );

  it('GIVEN a check THEN its tag is left out, and its verb put first; any other question is as it was', () => {
    expect(withoutCheckTag('I heard that the call was 30 minutes, is that right?')).toBe('the call was 30 minutes');
    expect(checkedAsQuestion('the call was on Tuesday, right?')).toBe('was the call on Tuesday');
    expect(checkedAsQuestion('the call was on Tuesday right?')).toBe('was the call on Tuesday');
    expect(checkedAsQuestion('Is it true that Mexico accepted the offer?')).toBe('Mexico accepted the offer?');
    expect(checkedAsQuestion('Was the call on Tuesday?')).toBe('Was the call on Tuesday?');
  });
});

describe('a statement someone made, to check', () => {
  it.each([
    ['The call lasted an hour.', 'The call lasted an hour, is that right?'],
    ['trump called first!!', 'trump called first, is that right?'],
    ['Sheinbaum accepted US troops; big news…', 'Sheinbaum accepted US troops; big news, is that right?'],
  ])('GIVEN "%s" THEN it is tagged to be checked, its words as written', (statement, checked) => {
    expect(statementToCheck(statement)).toBe(checked);
    expect(asksToCheck(statementToCheck(statement))).toBe(true);
    expect(withoutCheckTag(statementToCheck(statement))).toBe(statement.replace(/[.!…]+$/u, ''));
  });

  it.each(['How long was the call?', 'was the call on tuesday', 'I heard the call was 30 minutes, is that right?', 'Who called whom'])('GIVEN "%s", which asks already THEN it is asked as it is', (text) => {
    expect(statementToCheck(text)).toBe(text);
  });
});

describe('a question answered yes or no', () => {
  it.each(['Was the call on Tuesday?', "didn't Mexico accept?", 'Is it true that Mexico accepted?', 'the call was an hour, right?'])('GIVEN "%s" THEN yes/no', (q) => {
    expect(isYesNo(q)).toBe(true);
  });
  it.each(['How long was the call?', 'When did they talk?', 'Island of the Rhine', 'Mexico accepted.'])('GIVEN "%s" THEN not', (q) => {
    expect(isYesNo(q)).toBe(false);
  });
});

describe('a line that states something', () => {
  it.each(['The call lasted an hour.', 'the call was on friday', 'Rubio and de la Fuente talked on Saturday'])('GIVEN "%s" THEN a statement, whose figures may be checked', (t) => {
    expect(isStatement(t)).toBe(true);
    expect(statesToCheck(t)).toBe(true);
  });
  it.each(['The call lasted an hour?', 'how long was the call', 'fentanyl seizures', 'call an hour'])('GIVEN "%s" THEN no statement', (t) => {
    expect(isStatement(t)).toBe(false);
  });
  it('GIVEN a yes/no question THEN its figures may be checked, though it is no statement', () => {
    expect(isStatement('Did the call last an hour?')).toBe(false);
    expect(statesToCheck('Did the call last an hour?')).toBe(true);
  });
});
