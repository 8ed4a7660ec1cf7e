import { describe, expect, it } from 'vitest';
import { accuracy, accuracyByKind, COPY_SEPARATOR, holdsWindow, makeQuestions, WINDOW_WORDS } from '../../scripts/bench/questions.ts';

const SENTENCES = [
  'In the beginning God created the heaven and the earth.',
  'Too short to quote.',
  'The ls command lists information about the files in the current directory by default.',
  'And the evening and the morning were the first day, and God saw that it was good.',
];

describe('makeQuestions', () => {
  it('GIVEN the same seed THEN the same questions; another seed THEN others', () => {
    expect(makeQuestions(SENTENCES, 20, 1)).toEqual(makeQuestions(SENTENCES, 20, 1));
    expect(makeQuestions(SENTENCES, 20, 2)).not.toEqual(makeQuestions(SENTENCES, 20, 1));
  });

  it('GIVEN sentences shorter than 8 words THEN no question is drawn from them', () => {
    expect(makeQuestions(SENTENCES, 50, 3).every((q) => q.source !== 1)).toBe(true);
  });

  it('GIVEN a quote THEN it is 8 consecutive words of its sentence; paraphrases drop 2 words or reorder all 8', () => {
    const qs = makeQuestions(SENTENCES, 40, 4);
    for (const q of qs) {
      expect(q.window.split(' ')).toHaveLength(WINDOW_WORDS);
      expect(holdsWindow(SENTENCES[q.source]!, q.window)).toBe(true);
      const words = q.text.split(' ');
      if (q.kind === 'exact') expect(q.text).toBe(q.window);
      if (q.kind === 'dropped') expect(words).toHaveLength(WINDOW_WORDS - 2);
      if (q.kind === 'shuffled') expect([...words].sort()).toEqual(q.window.split(' ').sort());
    }
    expect(new Set(qs.map((q) => q.kind))).toEqual(new Set(['exact', 'dropped', 'shuffled']));
  });
});

describe('accuracy', () => {
  it('GIVEN a result holding the window in order (case and punctuation aside) THEN it counts; out of order or below top 3 THEN not', () => {
    const [q] = makeQuestions(['Alpha beta gamma delta epsilon zeta eta theta iota.'], 1, 5);
    expect(accuracy([q!], [['x', `ALPHA, beta gamma delta epsilon zeta eta theta iota!`]])).toBe(1);
    expect(accuracy([q!], [['theta eta zeta epsilon delta gamma beta alpha']])).toBe(0);
    expect(accuracy([q!], [['a', 'b', 'c', 'alpha beta gamma delta epsilon zeta eta theta iota']])).toBe(0);
  });

  it('GIVEN a result citing another document\'s copy of its sentence THEN the copy counts as the result; a window across the two does not', () => {
    const [q] = makeQuestions(['Alpha beta gamma delta epsilon zeta eta theta iota.'], 1, 5);
    expect(accuracy([q!], [[`unrelated words only${COPY_SEPARATOR}Alpha beta gamma delta epsilon zeta eta theta iota.`]])).toBe(1);
    expect(accuracy([q!], [[`one two alpha beta gamma delta${COPY_SEPARATOR}epsilon zeta eta theta iota`]])).toBe(0);
  });

  it('GIVEN mixed kinds THEN each kind is scored on its own questions', () => {
    const qs = makeQuestions(SENTENCES, 8, 6);
    const results = qs.map((q) => (q.kind === 'exact' ? [SENTENCES[q.source]!] : []));
    expect(accuracyByKind(qs, results)).toEqual({ exact: 1, dropped: 0, shuffled: 0, all: 0.5 });
  });
});
