import { describe, expect, it } from 'vitest';
import { buildSuggestions, matchSuggestions, namesIn } from '../../src/answer/suggestions.ts';

describe('autocomplete suggestions', () => {
  it('GIVEN sentences THEN names are found whole, with particles and abbreviations, without sentence openers', () => {
    expect(namesIn('This diplomatic follow-up included Juan Ramon de la Fuente and U.S. Secretary of State Marco Rubio.')).toEqual([
      'Juan Ramon de la Fuente',
      'U.S. Secretary of State Marco Rubio',
    ]);
    expect(namesIn('Despite rejecting aid, Sheinbaum spoke in January.')).toEqual(['Sheinbaum']);
  });

  it('GIVEN a corpus THEN headings come first, then questions about its names and frequent topics', () => {
    const list = buildSuggestions(['Storm report'], [
      { kind: 'heading', text: 'Damage' },
      { kind: 'text', text: 'Mayor Ana Silva said the harbour flooded.' },
      { kind: 'text', text: 'The harbour reopened when Ana Silva visited.' },
    ]);
    expect(list.slice(0, 2)).toEqual(['Storm report', 'Damage']);
    expect(list).toContain('What does the coverage say about Ana Silva?');
    expect(list).toContain('What does the coverage say about harbour?');
  });

  it('GIVEN typed text THEN only suggestions with every typed word match, the last as a prefix, within the limit', () => {
    const list = ['What does the coverage say about Marco Rubio?', 'Ongoing Cooperation and Tangible Results', 'What does the coverage say about fentanyl?'];
    expect(matchSuggestions(list, 'rub', 25)).toEqual([list[0]]);
    expect(matchSuggestions(list, 'coverage fen', 25)).toEqual([list[2]]);
    expect(matchSuggestions(list, '', 2)).toHaveLength(2);
  });
});
