/**
 * Mentions in text the bot sends, made inert in the text itself (pure). `allowed_mentions: none`
 * already stops Discord from pinging; this is the second line, for any server or client that ignores
 * that field: a zero-width space after the "@" keeps the text readable but no longer a mention.
 */

const ZERO_WIDTH_SPACE = '\u200b';

/** `@everyone`, `@here` (anywhere, as Discord matches them) and `<@id>`, `<@!id>`, `<@&id>`. */
const MENTION = /@(?=everyone|here)|(?<=<)@(?=[!&]?\d)/g;

export function neutraliseMentions(text: string): string {
  return text.replace(MENTION, `@${ZERO_WIDTH_SPACE}`);
}
