/**
 * The one rule for what counts as a question, shared by the engine and every transport (pure):
 * invisible format characters dropped, control characters and whitespace runs made one space, at
 * least one word, at most MAX_QUESTION_LENGTH characters. Discord's /ask option carries the same cap
 * (`max_length`), so the client refuses longer text before it reaches the bot; no transport has a
 * shorter one.
 */
import { UserError } from '../errors.ts';
import { words } from '../index/terms.ts';

/** Longest question, in characters after normalising: a question, not a pasted article. */
export const MAX_QUESTION_LENGTH = 500;

/** Zero-width and other invisible format characters (U+200B, U+200D, U+2060, U+FEFF, soft hyphen, …). */
const INVISIBLE = /\p{Cf}/gu;
/** Control characters (escape sequences, NUL, …) and whitespace of any kind. */
const SPACING = /[\p{Cc}\s]+/gu;

/** The question, normalised; throws a UserError when it is empty (no word at all) or too long. */
export function validateQuestion(raw: string): string {
  const question = raw.replace(INVISIBLE, '').replace(SPACING, ' ').trim();
  if (!question || words(question).length === 0) throw new UserError('EMPTY_QUESTION');
  if (question.length > MAX_QUESTION_LENGTH) throw new UserError('QUESTION_TOO_LONG', { max: MAX_QUESTION_LENGTH });
  return question;
}
