import { describe, expect, it } from 'vitest';
import { verbAskedOfPronoun, verbSaidOf } from '../../src/retrieval/said-of-another.ts';

describe('whom a sentence says the question\'s verb of', () => {
  it('GIVEN a question asking a verb of "she" or "he" THEN that verb\'s dictionary form; of a named person or a thing, none', () => {
    expect(verbAskedOfPronoun('When did she die?')).toBe('die');
    expect(verbAskedOfPronoun('where was he born')).toBe('bear');
    expect(verbAskedOfPronoun('When did Rosa Delgado die?')).toBeNull();
    expect(verbAskedOfPronoun('When did the call end?')).toBeNull();
  });

  it('GIVEN the verb said of another person of theirs ("Her husband died") THEN another; said of anyone else, the subject; not said, null', () => {
    expect(verbSaidOf('Delgado is survived by two children. Her husband died in 2010.', 'die')).toBe('another');
    expect(verbSaidOf('His father was born in Ohio.', 'bear')).toBe('another');
    expect(verbSaidOf('Rosa Delgado, who founded the food bank, died on Saturday.', 'die')).toBe('subject');
    expect(verbSaidOf('Her husband died in 2010, and she died on Saturday.', 'die')).toBe('subject');
    expect(verbSaidOf('A memorial service will be held on June 9.', 'die')).toBeNull();
  });
});
