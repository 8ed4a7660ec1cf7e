/**
 * Questions as members type them in a chat: all in lower case, without the question mark. The
 * eval asks the mixed corpus's questions so and says how often the bot decides as it does when they
 * are written out (the capitals of names, the mark that makes a question a question). Pure.
 */
import type { EvalRecord } from './run-eval.ts';

export function chatStyle(question: string): string {
  // A question of marks alone ("???") stays as it is: there is nothing else to type.
  return question.toLowerCase().replace(/[?!.\s]+$/u, '').trim() || question;
}

export interface Agreement {
  /** Share of the questions answered (or refused) both ways. */
  sameDecision: number;
  /** Share decided alike and quoting the same first passage. */
  sameFirstPassage: number;
}

/** How often the chat-style asking of each question (same order) went as the written one. */
export function agreement(written: readonly EvalRecord[], chat: readonly EvalRecord[]): Agreement {
  if (written.length !== chat.length) throw new Error(`agreement: ${written.length} written records against ${chat.length} chat-style ones`);
  let same = 0;
  let sameFirst = 0;
  written.forEach((w, i) => {
    const c = chat[i]!;
    if (w.answered !== c.answered) return;
    same++;
    if (w.topText === c.topText) sameFirst++;
  });
  const n = Math.max(1, written.length);
  return { sameDecision: same / n, sameFirstPassage: sameFirst / n };
}
