import { describe, expect, it } from 'vitest';
import { differingFigure, sameStatement, statementWords } from '../../src/retrieval/same-statement.ts';

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

describe('differingFigure: the same words but for one figure', () => {
  it('GIVEN two accounts of one figure THEN the words carrying each, as written', () => {
    expect(differingFigure(CALL, CALL.replace('15-minute', '20-minute').replace('on Monday', 'Monday'))).toEqual(['15-minute', '20-minute']);
    expect(differingFigure('At least 12 people died in the flood, officials said.', 'At least 20 people died in the flood, officials said on Tuesday.')).toEqual(['12', '20']);
  });

  it.each([
    ['the same sentence', CALL, CALL],
    ['two figures apart (two facts, not two accounts)', 'The GDP per capita in Warsaw amounted to PLN 94 000 in 2008.', 'The GDP per capita in Warsaw amounted to PLN 97 000 in 2009.'],
    ['a negation apart', 'Seizures fell 40% at the border last year, officials said.', 'Seizures did not fall 45% at the border last year, officials said.'],
    ['other words beside the figure', CALL, 'Sheinbaum and Trump spoke by phone for 20 minutes on Monday about security.'],
  ])('GIVEN %s THEN none', (_, a, b) => expect(differingFigure(a, b)).toBeNull());
});
