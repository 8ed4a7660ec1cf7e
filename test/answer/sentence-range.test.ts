import { expect, test } from 'vitest';
import { formatLocation } from '../../src/answer/compose.ts';
import { formatSentenceRange } from '../../src/answer/sentence-range.ts';
import type { Citation } from '../../src/engine/types.ts';

test('GIVEN one or several sentences THEN singular or an en-dash range', () => {
  expect(formatSentenceRange([4, 4])).toBe('sentence 4');
  expect(formatSentenceRange([4, 6])).toBe('sentences 4–6');
});

test('GIVEN a citation THEN the CLI location uses the same range wording', () => {
  const citation: Citation = { docId: 'a.md', title: 'T', url: null, section: 'Reactions', sentences: [2, 3], date: null };
  expect(formatLocation(citation)).toBe('§ Reactions, sentences 2–3');
});
