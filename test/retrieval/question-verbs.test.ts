import { describe, expect, it } from 'vitest';
import { verbsAfterSubject } from '../../src/retrieval/question-verbs.ts';

describe('the verb after an auxiliary and its subject', () => {
  it.each([
    ['How did the call end?', 'end'],
    ['When did the two leaders talk?', 'talk'],
    ['Why did she refuse?', 'refuse'],
    ['Did Trump understand Mexico\'s position?', 'understand'],
    ['Did Claudia Sheinbaum accept the offer?', 'accept'],
    ['What do analysts think about an intervention?', 'think'],
    ['Did the leaders agree on anything at all?', 'agree'],
    ['When did it take place?', 'take'],
    // Subjects joined by "and" are one.
    ['What did Trump and Sheinbaum agree?', 'agree'],
    ['what did trump and sheinbaum agree', 'agree'],
    ['When did she and the president talk?', 'talk'],
  ])('GIVEN "%s" THEN its verb is "%s"', (question, verb) => {
    expect([...verbsAfterSubject(question)]).toEqual([verb]);
  });

  it('GIVEN no auxiliary, or none followed by a subject it can read THEN no verb is named', () => {
    expect(verbsAfterSubject('Who started the call?').size).toBe(0);
    expect(verbsAfterSubject('What did they agree to at the end?')).toEqual(new Set(['agree']));
    expect(verbsAfterSubject('How long did the phone call between Sheinbaum and Trump last?').has('last')).toBe(false);
    expect(verbsAfterSubject('Did?').size).toBe(0);
  });
});
