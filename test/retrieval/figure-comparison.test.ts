import { describe, expect, it } from 'vitest';
import { boundBefore, figureValue, withinBound } from '../../src/retrieval/figure-comparison.ts';

describe('a figure stated as a bound', () => {
  it('GIVEN the words before a figure THEN the bound they set, as typed; none for a figure stated plainly', () => {
    expect(boundBefore('Did the call last more than 10 minutes?', '10 minutes')).toEqual({ bound: 'above', typed: 'more than' });
    expect(boundBefore('Was it over an hour?', 'an hour')).toEqual({ bound: 'above', typed: 'over' });
    expect(boundBefore('Did it last no more than 10 minutes?', '10 minutes')).toEqual({ bound: 'at most', typed: 'no more than' });
    expect(boundBefore('Were there fewer than 20 deaths?', '20')).toEqual({ bound: 'below', typed: 'fewer than' });
    expect(boundBefore('Did it cost at least $5 million?', '$5 million')).toEqual({ bound: 'at least', typed: 'at least' });
    expect(boundBefore('Did the call last 20 minutes?', '20 minutes')).toBeNull();
    expect(boundBefore('Did the call last 20 minutes?', '30 minutes')).toBeNull();
  });

  it('GIVEN figures as texts give them THEN their values: durations in seconds, amounts with their scale', () => {
    expect(figureValue('duration', '15-minute')).toBe(900);
    expect(figureValue('duration', '1 hour')).toBe(3600);
    expect(figureValue('duration', '0.5 hour')).toBe(1800);
    expect(figureValue('money', '$2.4 million')).toBe(2_400_000);
    expect(figureValue('number', '1,050,000')).toBe(1_050_000);
    expect(figureValue('duration', 'a while')).toBeNull();
  });

  it('GIVEN a value and a bound THEN whether it keeps within it, the limit itself only for "at least" and "at most"', () => {
    expect([withinBound(15, 'above', 10), withinBound(10, 'above', 10), withinBound(10, 'at least', 10)]).toEqual([true, false, true]);
    expect([withinBound(5, 'below', 10), withinBound(10, 'below', 10), withinBound(10, 'at most', 10)]).toEqual([true, false, true]);
  });
});
