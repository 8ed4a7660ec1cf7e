/**
 * Questions as typed on a phone in a hurry: one letter of one word replaced by a key beside it
 * ("What sid Rubio ask for?"). The eval asks the mixed corpus's questions so and says how often the
 * bot decides as it does when they are typed right. The slip is drawn from the question's own text, so
 * every run and every engine gets the same one; it is never an English word ("cat" for "car" is
 * another question, not a typo). Pure.
 */
import { isEnglishWord } from '../retrieval/english-frequency.ts';
import { seededRandom, seedOf } from '../seeded-random.ts';
import { keysBeside } from '../retrieval/spelling.ts';

const TRIES = 30;

/** The question with one key slipped in a word of three letters or more; unchanged when no slip makes a non-word. */
export function withKeySlipped(question: string): string {
  const words = [...question.matchAll(/[A-Za-z]{3,}/g)];
  if (words.length === 0) return question;
  const next = seededRandom(seedOf(question));
  for (let t = 0; t < TRIES; t++) {
    const m = words[Math.floor(next() * words.length)]!;
    const word = m[0];
    const at = Math.floor(next() * word.length);
    const lower = word[at]!.toLowerCase();
    const beside = keysBeside(lower);
    let key = beside[Math.floor(next() * beside.length)]!;
    if (word[at] !== lower) key = key.toUpperCase();
    const slipped = word.slice(0, at) + key + word.slice(at + 1);
    if (isEnglishWord(slipped.toLowerCase())) continue;
    return question.slice(0, m.index) + slipped + question.slice(m.index! + word.length);
  }
  return question;
}
