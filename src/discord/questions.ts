/**
 * A server message as a question for the bot: mention stripping (pure). What counts as a question
 * at all is the engine's one rule, `src/retrieval/validate-question.ts`.
 */

/**
 * If `content` mentions the bot directly (`<@id>` or `<@!id>`), the text without those mentions;
 * otherwise null. @everyone, @here and role mentions do not count as asking the bot.
 */
export function extractMentionQuestion(content: string, botId: string): string | null {
  const mention = new RegExp(`<@!?${botId}>`, 'g');
  if (!mention.test(content)) return null;
  return content.replace(mention, ' ').replace(/\s+/g, ' ').trim();
}
