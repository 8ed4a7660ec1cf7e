import { describe, expect, it } from 'vitest';
import { withKeySlipped } from '../../src/evaluation/key-slip.ts';
import { isEnglishWord } from '../../src/retrieval/english-frequency.ts';
import { keysBeside } from '../../src/retrieval/spelling.ts';

const QUESTIONS = ['How long was the phone call?', 'What did Rubio ask for?', 'Who is Mexico\'s foreign minister?', 'When did the Normans invade Bannow Bay?', 'Why did Sheinbaum reject the offer?'];

/** The one place where the two differ, or null when they differ elsewhere than in one letter. */
function oneLetterApart(a: string, b: string): { was: string; now: string; word: string } | null {
  if (a.length !== b.length) return null;
  const at = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  if (at.length !== 1) return null;
  const i = at[0]!;
  const word = /[A-Za-z]+/g;
  let m: RegExpExecArray | null;
  while ((m = word.exec(b))) if (m.index <= i && i < m.index + m[0].length) return { was: a[i]!, now: b[i]!, word: m[0] };
  return null;
}

describe('a question with one key slipped', () => {
  it('GIVEN questions THEN each differs from the written one in exactly one letter, replaced by a key beside it, making no English word', () => {
    for (const q of QUESTIONS) {
      const slipped = withKeySlipped(q);
      const diff = oneLetterApart(q, slipped);
      expect(diff, `${q} → ${slipped}`).not.toBeNull();
      expect(keysBeside(diff!.was.toLowerCase())).toContain(diff!.now.toLowerCase());
      expect(diff!.word.length).toBeGreaterThanOrEqual(3);
      expect(isEnglishWord(diff!.word.toLowerCase())).toBe(false);
      // A capital stays a capital.
      expect(diff!.now === diff!.now.toUpperCase()).toBe(diff!.was === diff!.was.toUpperCase());
    }
  });

  it('GIVEN the same question twice THEN the same slip (every run and engine is asked alike); other questions slip elsewhere', () => {
    expect(withKeySlipped(QUESTIONS[0]!)).toBe(withKeySlipped(QUESTIONS[0]!));
    const places = new Set(QUESTIONS.map((q) => withKeySlipped(q)).map((s, i) => [...s].findIndex((c, j) => c !== QUESTIONS[i]![j])));
    expect(places.size).toBeGreaterThan(1);
  });

  it('GIVEN no word of three letters or more THEN the question is left as it is', () => {
    expect(withKeySlipped('Is it so?')).toBe('Is it so?');
    expect(withKeySlipped('???')).toBe('???');
  });
});
