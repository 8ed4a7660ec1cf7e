/**
 * Questions outside slash commands: any text in a DM with the bot, and a server message that
 * mentions the bot (minus the mention). Answered as a reply to the message, pinging nobody.
 * Without the privileged Message Content intent, Discord still delivers the content of DMs and
 * of messages that mention the bot — exactly these two cases.
 */
import type { Message } from 'discord.js';
import { answerQuestion, checkRateLimit } from '../ask-flow.ts';
import type { BotContext } from '../context.ts';
import { isExpectedError, messageForError } from '../errors.ts';
import { validateQuestion } from '../../retrieval/validate-question.ts';
import { extractMentionQuestion } from '../questions.ts';
import { replyToMessage } from '../replies.ts';

/** The question a message asks the bot, or null when the message is not for the bot. */
export function questionOf(message: Message, botId: string): string | null {
  if (message.author.bot || message.system || message.webhookId) return null;
  if (!message.inGuild()) return message.content;
  return extractMentionQuestion(message.content, botId);
}

export function createMessageHandler(ctx: BotContext): (message: Message) => Promise<void> {
  return async (message) => {
    const botId = message.client.user.id;
    const raw = questionOf(message, botId);
    if (raw === null) return;
    const source = message.inGuild() ? 'mention' : 'dm';
    try {
      const question = validateQuestion(raw);
      checkRateLimit(ctx, message.author.id);
      if ('sendTyping' in message.channel) {
        message.channel.sendTyping().catch((error: unknown) => ctx.logger.debug('typing indicator failed', { error }));
      }
      const payload = await answerQuestion(ctx, {
        question,
        key: message.id,
        offset: 0,
        ephemeral: false,
        source,
        userId: message.author.id,
        guildId: message.guildId,
      });
      await replyToMessage(message, payload);
    } catch (error) {
      if (isExpectedError(error)) ctx.logger.debug('refused', { source, userId: message.author.id });
      else ctx.logger.error('message handler failed', { source, userId: message.author.id, error });
      try {
        await replyToMessage(message, { content: messageForError(error) });
      } catch (replyError) {
        ctx.logger.warn('could not send the error reply', { source, error: replyError });
      }
    }
  };
}
