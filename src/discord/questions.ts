/**
 * A server message as a question for the bot: mention stripping, and a message's text without
 * Discord's markup (pure). What counts as a question at all is the engine's one rule,
 * `src/retrieval/validate-question.ts`.
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

// Discord's tokens that stand for no words a reader sees as the claim: mentions of users, roles and
// channels, custom emoji, timestamps and links.
const TOKENS = /<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|t:-?\d+(?::[tTdDfFR])?|\/[\w -]+:\d+)>|<?https?:\/\/\S+?>?(?=\s|$)/g;
// Markdown marks around words (bold, italics, underline, strike, spoilers, code), and those starting
// a line (quotes, headings, list bullets).
const INLINE_MARKS = /\*\*|__|~~|\|\||`{1,3}|(?<![\p{L}\p{N}])[*_]|[*_](?![\p{L}\p{N}])/gu;
const LINE_MARKS = /^(?:\s*(?:>>>|>|#{1,3}|-#|[-*•]|\d+[.)]))+\s+/gm;

/** The words of a message as a reader sees them: without mentions, emoji codes, links or markdown marks, on one line. */
export function messageText(content: string): string {
  return content.replace(TOKENS, ' ').replace(LINE_MARKS, '').replace(INLINE_MARKS, '').replace(/\s+/g, ' ').trim();
}
