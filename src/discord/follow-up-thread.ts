/**
 * "Ask a follow-up": a thread on the answer message, where each question is read with the one before
 * it. Where Discord allows no thread — a DM, a thread already, a channel where the bot may not create
 * threads — the member is told to reply to the answer instead, which works the same way.
 */
import { DiscordAPIError, RESTJSONErrorCodes, ThreadAutoArchiveDuration, type ButtonInteraction } from 'discord.js';
import type { StoredAnswer } from './answer-store.ts';
import type { BotContext } from './context.ts';
import { exchangeOf } from './follow-ups.ts';
import { askHere, askInDm, replyInstead, threadExists, threadName, threadStarted, threadWelcome } from './format/follow-up.ts';
import { sendToChannel, type ReplyPayload } from './replies.ts';

/** Errors that mean "no thread can be started here": the member replies to the answer instead. */
const NO_THREAD_HERE = new Set<number>([
  RESTJSONErrorCodes.MissingPermissions,
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.CannotExecuteActionOnThisChannelType,
  RESTJSONErrorCodes.CannotExecuteActionOnDMChannel,
]);

/** Starts (or points to) the follow-up thread of an answer (stored under `key`); returns the private reply to the button. */
export async function startFollowUp(interaction: ButtonInteraction, key: string, entry: StoredAnswer, ctx: BotContext): Promise<ReplyPayload> {
  const botId = interaction.client.user.id;
  const readsContent = ctx.config.messageContentIntent;
  const channel = interaction.channel;
  if (!interaction.inGuild()) {
    // A DM is a conversation already: the next message there follows this answer.
    ctx.dms.set(interaction.channelId, exchangeOf(entry), key);
    return askInDm(entry.question);
  }
  if (!channel) return replyInstead(entry.question, readsContent);
  if (channel.isThread()) {
    if (channel.ownerId !== botId) return replyInstead(entry.question, readsContent);
    // An answer inside the bot's thread: the next question here follows this answer.
    ctx.threads.set(channel.id, exchangeOf(entry), key);
    return askHere(entry.question, readsContent);
  }
  const message = interaction.message;
  if (message.hasThread && message.thread) return threadExists(message.thread.id);
  let threadId: string;
  try {
    const thread = await message.startThread({ name: threadName(entry.question), autoArchiveDuration: ThreadAutoArchiveDuration.OneDay });
    threadId = thread.id;
    ctx.threads.set(thread.id, exchangeOf(entry), key);
    await sendToChannel(thread, threadWelcome(entry.question, readsContent));
  } catch (error) {
    if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.ThreadAlreadyCreatedForMessage) {
      // A thread started from a message takes the message's id.
      return threadExists(message.id);
    }
    if (error instanceof DiscordAPIError && NO_THREAD_HERE.has(Number(error.code))) {
      ctx.logger.info('no follow-up thread here; told to reply instead', { channelId: channel.id, code: error.code });
      return replyInstead(entry.question, readsContent);
    }
    throw error;
  }
  ctx.logger.info('follow-up thread started', { threadId, userId: interaction.user.id, guildId: interaction.guildId });
  return threadStarted(threadId);
}
