import { describe, expect, it } from 'vitest';
import { buildSuggestions, exampleQuestions, matchSuggestions, namesIn, withoutTitle } from '../../src/answer/suggestions.ts';

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
    ], () => true);
    expect(list.slice(0, 2)).toEqual(['Storm report', 'Damage']);
    expect(list).toContain('What does the coverage say about Ana Silva?');
    expect(list).toContain('What does the coverage say about harbour?');
  });

  it('GIVEN a name with its title THEN the title goes: a name\'s adjective, an abbreviation, a word the coverage also writes in lower case', () => {
    // The coverage writes "president" and "pope" in lower case too: no names of their own.
    const asName = (w: string) => !['president', 'pope'].includes(w.toLowerCase());
    expect(withoutTitle('Mexican President Claudia Sheinbaum', asName)).toBe('Claudia Sheinbaum');
    expect(withoutTitle('U.S. Secretary of State Marco Rubio', asName)).toBe('Secretary of State Marco Rubio');
    expect(withoutTitle('Pope John Paul II', asName)).toBe('John Paul II');
    // Two words stay: "United States", "American Revolution" are names of their own.
    expect(withoutTitle('United States', asName)).toBe('United States');
    expect(withoutTitle('Juan Ramon de la Fuente', asName)).toBe('Juan Ramon de la Fuente');
  });

  it('GIVEN a corpus THEN names are offered as it writes them, a person by the name without title, most mentioned first', () => {
    const list = buildSuggestions([], [
      { kind: 'text', text: 'Mexican President Claudia Sheinbaum spoke with American President Donald Trump.' },
      { kind: 'text', text: 'The Mexican president said Trump understood, and Trump agreed.' },
      { kind: 'text', text: 'Overdose deaths fell in the United States.' },
      // As corpus-names.ts finds: "president" is written in lower case too, so it is no name.
    ], (w) => w.toLowerCase() !== 'president');
    expect(list).toContain('What does the coverage say about the United States?');
    expect(list).not.toContain('What does the coverage say about Mexican President Claudia Sheinbaum?');
    expect(exampleQuestions(list, 2)).toEqual(['What does the coverage say about Donald Trump?', 'What does the coverage say about Claudia Sheinbaum?']);
  });

  it('GIVEN typed text THEN only suggestions with every typed word match, the last as a prefix, within the limit', () => {
    const list = ['What does the coverage say about Marco Rubio?', 'Ongoing Cooperation and Tangible Results', 'What does the coverage say about fentanyl?'];
    expect(matchSuggestions(list, 'rub', 25)).toEqual([list[0]]);
    expect(matchSuggestions(list, 'coverage fen', 25)).toEqual([list[2]]);
    expect(matchSuggestions(list, '', 2)).toHaveLength(2);
  });

  it('GIVEN the suggestions THEN the examples offered are questions about names, a person\'s name before a single word or a titled name', () => {
    const list = [
      'Storm report',
      'What does the coverage say about Mexico?',
      'What does the coverage say about Mayor Ana Silva?',
      'What does the coverage say about Ana Silva?',
      'What does the coverage say about harbour?',
    ];
    expect(exampleQuestions(list, 3)).toEqual([
      'What does the coverage say about Ana Silva?',
      'What does the coverage say about Mayor Ana Silva?',
      'What does the coverage say about Mexico?',
    ]);
    expect(exampleQuestions(['Storm report'], 3)).toEqual([]);
    // One example per name, whatever its capitals.
    expect(exampleQuestions(['What does the coverage say about Lord GOD?', 'What does the coverage say about LORD God?', 'What does the coverage say about Ana Silva?'], 3)).toEqual([
      'What does the coverage say about Lord GOD?',
      'What does the coverage say about Ana Silva?',
    ]);
  });
});
