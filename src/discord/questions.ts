/** Turning what a member typed into a question: validation and mention stripping (pure). */
import { UserError } from '../errors.ts';

export const MAX_QUESTION_LENGTH = 500;

/** The question, whitespace-normalised; throws a UserError when empty or too long. */
export function validateQuestion(raw: string): string {
  const question = raw.replace(/\s+/g, ' ').trim();
  if (!question) throw new UserError('EMPTY_QUESTION');
  if (question.length > MAX_QUESTION_LENGTH) throw new UserError('QUESTION_TOO_LONG', { max: MAX_QUESTION_LENGTH });
  return question;
}

/**
 * If `content` mentions the bot directly (`<@id>` or `<@!id>`), the text without those mentions;
 * otherwise null. @everyone, @here and role mentions do not count as asking the bot.
 */
export function extractMentionQuestion(content: string, botId: string): string | null {
  const mention = new RegExp(`<@!?${botId}>`, 'g');
  if (!mention.test(content)) return null;
  return content.replace(mention, ' ').replace(/\s+/g, ' ').trim();
}
