import { describe, expect, it } from 'vitest';
import { refusalReason, refusalReasonText } from '../../src/answer/refusal.ts';

describe('the reason a refusal gives', () => {
  it('GIVEN a refusal THEN its reason is the one the answer gives, in the order the decision picks one; an answer has none', () => {
    expect(refusalReason({ answered: true, notMentioned: ['tariffs'] })).toBeNull();
    expect(refusalReason({ answered: false, notMentioned: ['tariffs'], namedElsewhere: ['Brazil'] })).toBe('never mentioned');
    expect(refusalReason({ answered: false, notMentioned: [], namedElsewhere: ['Brazil'], neverGiven: 'age' })).toBe('named elsewhere');
    expect(refusalReason({ answered: false, neverGiven: 'age', neverTogether: ['capital', 'venezuela'] })).toBe('kind never given');
    expect(refusalReason({ answered: false, neverTogether: ['capital', 'venezuela'] })).toBe('never together');
    expect(refusalReason({ answered: false, notEnglish: true, notMentioned: [] })).toBe('another language');
    expect(refusalReason({ answered: false })).toBe('none given');
  });

  it('GIVEN a refusal THEN its reason in words is the one every transport prints, names escaped the transport\'s way', () => {
    const escape = (s: string) => s.toUpperCase();
    expect(refusalReasonText({ answered: false, notMentioned: ['tariffs', 'steel'], namedElsewhere: ['Brazil'] }, escape)).toBe('it never mentions TARIFFS, STEEL');
    expect(refusalReasonText({ answered: false, namedElsewhere: ['Brazil'] }, escape)).toBe('the closest match is from a document that never mentions BRAZIL');
    expect(refusalReasonText({ answered: false, neverGiven: 'age' }, escape)).toBe('the document closest to it never gives an age');
    expect(refusalReasonText({ answered: false, neverTogether: ['capital', 'venezuela'] }, escape)).toBe('it mentions “CAPITAL” and “VENEZUELA”, but never together');
    expect(refusalReasonText({ answered: false, notEnglish: true, notMentioned: [] }, escape)).toBeNull();
    expect(refusalReasonText({ answered: false }, escape)).toBeNull();
    expect(refusalReasonText({ answered: true, notMentioned: ['tariffs'] }, escape)).toBeNull();
  });
});
