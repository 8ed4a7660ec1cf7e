/**
 * A server message as a question for the bot: mention stripping, a message's text without Discord's
 * markup, and another member's message as a claim to check (pure). What counts as a question at all
 * is the engine's one rule, `src/retrieval/validate-question.ts`.
 */
import { UserError } from '../errors.ts';
import { isStopWord, words } from '../index/terms.ts';
import { normaliseChat } from '../retrieval/chat-words.ts';
import { statementToCheck } from '../retrieval/check-question.ts';
import { readOverviewRequest } from '../retrieval/overview-request.ts';
import { MAX_QUESTION_LENGTH, validateQuestion } from '../retrieval/validate-question.ts';

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
  return withoutTokens(content.replace(LINE_MARKS, '').replace(INLINE_MARKS, ''));
}

/**
 * A question as typed, without Discord's tokens: another member's mention, a custom emoji or a link
 * is no word of it ("<@123> how long was the call?" was refused as never mentioning "123"). Its
 * markdown stays, echoed escaped.
 */
export function withoutTokens(content: string): string {
  return content.replace(TOKENS, ' ').replace(/\s+/g, ' ').trim();
}

/** The name of the command in a message's menu (Apps → …) that checks it against the coverage. */
export const CHECK_MESSAGE_COMMAND = 'Check with the coverage';

/** The question a message's text asks to check; a UserError when it has no words or is longer than a question may be. */
export function claimToCheck(content: string): string {
  const text = messageText(content);
  if (!/[\p{L}\p{N}]/u.test(text)) throw new UserError('NOTHING_TO_CHECK');
  const question = statementToCheck(text);
  // The limit said is the message's own: what the tag ", is that right?" adds is not the member's.
  if (question.length > MAX_QUESTION_LENGTH) throw new UserError('CLAIM_TOO_LONG', { length: text.length, max: MAX_QUESTION_LENGTH - (question.length - text.length) });
  return validateQuestion(question);
}

// What one says of a message one replies to when asking whether it holds: "is this true?", "fact
// check", "source?", "really?". Any other word is a question of its own.
const ABOUT_REPLIED = new Set(
  'is it this that true right correct accurate real really fact facts check checking factcheck verify confirm source sources legit so please pls plz can could you u hey bot lol'.split(' '),
);

/** Whether a mention's text, in reply to another member's message, only asks whether that message holds ("is this true?"), or says nothing. */
export function asksAboutReplied(text: string): boolean {
  return words(text).every((w) => ABOUT_REPLIED.has(w));
}

// How a question or a request to the bot begins, once chat spellings are read ("wat did…" → "what did…").
const ASKS = /^(?:who|whom|whose|what|when|where|which|why|how|is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|may|might|tell me|explain|describe|summari[sz]e|give me|show me|list)(?![\p{L}\p{N}'’-])/iu;

/**
 * Whether a message in an ask channel (ASK_CHANNEL_IDS) is a question for the bot, which members there
 * need not mention: it ends with a question mark or begins as a question or a request does, and names
 * something ("how long was the call", "tl;dr"); "lol", "thanks!", "same", "is it?" and "why?" are
 * members talking among themselves.
 */
export function readsAsQuestion(content: string): boolean {
  const text = normaliseChat(messageText(content));
  if (readOverviewRequest(text).overview) return true;
  return (/\?\s*$/.test(text) || ASKS.test(text)) && words(text).some((w) => !isStopWord(w));
}
