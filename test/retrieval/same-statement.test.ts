import { describe, expect, it } from 'vitest';
import { sameStatement, statementWords } from '../../src/retrieval/same-statement.ts';

const same = (a: string, b: string) => sameStatement(statementWords(a), statementWords(b));
const CALL = 'The leaders held a 15-minute phone call on Monday, January 12, 2026, where Sheinbaum reiterated Mexico\u2019s commitment to handling security issues independently.';

describe('sameStatement: another document says it in the same words', () => {
  it.each([
    ['the same sentence', CALL, CALL],
    ['house style: "Monday" for "on Monday", straight quotes', CALL, CALL.replace('on Monday', 'Monday').replace('\u2019', "'")],
    ['"US" for "U.S."', 'The U.S. State Department noted that Rubio asked for tangible results.', 'The US State Department noted that Rubio asked for tangible results.'],
  ])('%s', (_, a, b) => expect(same(a, b)).toBe(true));

  it.each([
    ['another figure', CALL, CALL.replace('15-minute', '45-minute')],
    ['another year', 'Seizures of fentanyl at the border fell sharply in 2025, officials said on Tuesday.', 'Seizures of fentanyl at the border fell sharply in 2024, officials said on Tuesday.'],
    ['a negation', 'Sheinbaum said the offer of U.S. troops was accepted by her government after the call.', 'Sheinbaum said the offer of U.S. troops was not accepted by her government after the call.'],
    ['"didn\u2019t"', 'Trump said the two leaders agreed on the next steps for security cooperation.', 'Trump said the two leaders didn\u2019t agree on the next steps for security cooperation.'],
    ['the same fact in other words', CALL, 'Sheinbaum and Trump spoke by phone for fifteen minutes on Monday, and she insisted Mexico would handle its own security.'],
    ['a sentence and a short quote of it', CALL, 'The leaders held a 15-minute phone call.'],
    ['an empty text', '', ''],
  ])('not %s', (_, a, b) => expect(same(a, b)).toBe(false));
});
