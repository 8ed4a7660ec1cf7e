/**
 * Questions outside slash commands: any text in a DM with the bot, a server message that mentions
 * the bot (minus the mention), a member's message in a follow-up thread the bot started, and a reply
 * to one of the bot's answers. Answered as a reply to the message, pinging nobody. A follow-up (in a
 * thread, or a reply) is read with the exchange it continues. "@bot is this true?" in reply to
 * another member's message checks that message, as "Check with the coverage" in its menu does.
 * Without the privileged Message Content intent, Discord still delivers the content of DMs and of
 * messages that mention the bot; with MESSAGE_CONTENT_INTENT it delivers every message's, so members
 * need not mention the bot in its threads. A message edited is answered again in the same replies; a
 * message deleted takes its replies with it (answered-messages.ts).
 */
import { DiscordAPIError, RESTJSONErrorCodes, type Message, type PartialMessage } from 'discord.js';
import type { AnswerSource } from '../answer-store.ts';
import { answerEachQuestion, checkRateLimit, isPartOf, nextPageRequest, partKey, type AskRequest } from '../ask-flow.ts';
import type { BotContext } from '../context.ts';
import { isExpectedError, messageForError } from '../errors.ts';
import { validateQuestion } from '../../retrieval/validate-question.ts';
import { answerKeyOf, exchangeOf } from '../follow-ups.ts';
import { readOnFrom } from '../../answer/exchange.ts';
import { asksToReadOn } from '../../retrieval/read-on.ts';
import { checkWithTheMenu, mentionToAsk } from '../format/follow-up.ts';
import { asksAboutReplied, claimToCheck, extractMentionQuestion, readsAsQuestion, withoutTokens } from '../questions.ts';
import { readConversational } from '../../retrieval/conversational.ts';
import { nothingMore } from '../format/answer.ts';
import type { Conversations } from '../conversations.ts';
import { editReply, replyToMessage, type ReplyPayload } from '../replies.ts';
import type { AnsweredMessage } from '../answered-messages.ts';
import { channelFitness, missingPermissionsNote } from '../channel-permissions.ts';
import { servesGuild } from '../served-servers.ts';
import { inAskChannel } from '../ask-channels.ts';

/** What a message asks the bot. */
export interface MessageQuestion {
  /** The text, mentions of the bot removed; empty when Discord did not show it to the bot (`hidden`). */
  raw: string;
  source: AnswerSource;
  /** For a follow-up: the exchange it continues. */
  previous?: readonly string[];
  /** The conversation the message is in (a follow-up thread, a DM): its next message continues from this answer. */
  conversation?: { store: Conversations; id: string };
  /** A follow-up whose text Discord withheld (no Message Content intent, no mention): say how to ask. */
  hidden?: boolean;
  /** The key of the answer the message follows (answer-store.ts): what "more" pages. */
  continues?: string;
  /** `raw` is another member's message, replied to with "@bot is this true?": a claim to check (`claimToCheck`). */
  claim?: boolean;
  /** That message's text, which Discord withheld (no Message Content intent): say how to check it instead. */
  claimHidden?: boolean;
}

/** The message a reply replies to, or null when it cannot be fetched (deleted, or out of reach). */
async function fetchReplied(message: Message, ctx: BotContext): Promise<Message | null> {
  try {
    return await message.fetchReference();
  } catch (error) {
    ctx.logger.debug('the replied-to message could not be fetched', { error });
    return null;
  }
}

/** The bot's answer a message replies to (its key and exchange), or null when it replies to anything else. */
async function repliedAnswer(message: Message, botId: string, ctx: BotContext): Promise<{ key: string | null; exchange: readonly string[] } | null> {
  // Discord sends the replied-to message with a reply: only replies to the bot are looked at further.
  if (!message.reference?.messageId || message.mentions.repliedUser?.id !== botId) return null;
  const replied = await fetchReplied(message, ctx);
  if (replied?.author.id !== botId) return null;
  const key = answerKeyOf(
    replied.components.map((row) => ({ components: 'components' in row ? row.components.map((c) => ({ customId: 'customId' in c ? c.customId : null })) : [] })),
  );
  const entry = key ? ctx.answers.get(key) : undefined;
  // An answer too old to be remembered: the follow-up is asked as a question of its own.
  return entry ? { key, exchange: exchangeOf(entry) } : { key: null, exchange: [] };
}

/**
 * The question a message asks the bot, or null when the message is not for the bot. `content` is its
 * text as it was when it arrived: an edit arriving meanwhile is written into the message object.
 */
async function questionOf(message: Message, botId: string, ctx: BotContext, content: string): Promise<MessageQuestion | null> {
  if (message.author.bot || message.system || message.webhookId) return null;
  const answer = await repliedAnswer(message, botId, ctx);
  const replied = answer?.exchange ?? null;
  const previous = replied?.length ? { previous: replied, ...(answer?.key ? { continues: answer.key } : {}) } : {};
  if (!message.inGuild()) {
    // A DM continues the answer it replies to, or else the DM's last answer of the past half hour.
    const conversation = { store: ctx.dms, id: message.channelId };
    return { raw: content, source: answer ? 'reply' : 'dm', conversation, ...(answer ? previous : continuing(conversation)) };
  }
  const mention = extractMentionQuestion(content, botId);
  const channel = message.channel;
  const thread = channel.isThread() && channel.ownerId === botId ? channel : null;
  if (!thread && !replied) {
    if (mention === null) return inAskChannel(message, ctx.config.askChannelIds) && readsAsQuestion(content) ? { raw: content, source: 'channel' } : null;
    // "@bot is this true?" in reply to another member's message: that message is what to check.
    if (message.reference?.messageId && !answer && asksAboutReplied(mention)) return (await repliedClaim(message, botId, ctx)) ?? { raw: mention, source: 'mention' };
    return { raw: mention, source: 'mention' };
  }
  const raw = mention ?? content;
  if (!raw.trim()) {
    // Without the intent, a message that does not mention the bot arrives without its text.
    const withheld = mention === null && !ctx.config.messageContentIntent && message.attachments.size === 0 && message.stickers.size === 0;
    return withheld ? { raw: '', source: thread ? 'thread' : 'reply', hidden: true } : null;
  }
  if (!thread) return { raw, source: 'reply', ...previous };
  // A reply to one answer of the thread follows that answer; any other message, the thread's last one.
  const conversation = { store: ctx.threads, id: thread.id };
  return { raw, source: 'thread', conversation, ...(replied?.length ? previous : continuing(conversation)) };
}

/** The member's message a message replies to, as a claim to check; null when it cannot be fetched or is the bot's. */
async function repliedClaim(message: Message, botId: string, ctx: BotContext): Promise<MessageQuestion | null> {
  const replied = await fetchReplied(message, ctx);
  if (!replied || replied.author.id === botId) return null;
  // Without the intent, another member's message arrives without its text, embeds or attachments.
  const withheld = replied.content === '' && !ctx.config.messageContentIntent && replied.attachments.size === 0 && replied.embeds.length === 0 && replied.stickers.size === 0;
  return withheld ? { raw: '', source: 'check', claimHidden: true } : { raw: replied.content, source: 'check', claim: true };
}

/** What the next message of a conversation is read with: its last exchange, and the answer "more" pages. */
function continuing({ store, id }: { store: Conversations; id: string }): Pick<MessageQuestion, 'previous' | 'continues'> {
  const last = store.get(id);
  return { ...(last?.exchange.length ? { previous: last.exchange } : {}), ...(last?.answerKey ? { continues: last.answerKey } : {}) };
}

/** Sends one reply to the message and says which message it is: a new reply, or an earlier one edited. */
type Reply = (payload: ReplyPayload) => Promise<Message>;

/** Answers what a message asks through `reply`, a refusal or an error included. */
async function respond(ctx: BotContext, message: Message, asked: MessageQuestion, reply: Reply): Promise<void> {
  const source = asked.source;
  if (message.inGuild()) {
    const here = channelFitness(message.channel.permissionsFor(message.client.user), message.channel.isThread());
    if (here.cannotReply) {
      // Kept out of the channel on purpose, most often: not an error, and not worth a line per mention.
      if (ctx.silentChannels.get(message.channelId) === undefined) {
        ctx.silentChannels.set(message.channelId, true);
        ctx.logger.info('a member asked the bot in a channel where it may not reply (it needs View Channel, Send Messages and Read Message History there); not answered', { channelId: message.channelId, guildId: message.guildId });
      }
      return;
    }
    if (here.missing.length) {
      await reply({ content: missingPermissionsNote(here.missing) }).catch((error: unknown) => ctx.logger.warn('could not say which permissions are missing', { source, error }));
      return;
    }
  }
  try {
    if (asked.hidden) {
      if (ctx.threads.hintOnce(message.channelId)) await reply(mentionToAsk());
      return;
    }
    if (asked.claimHidden) {
      await reply(checkWithTheMenu());
      return;
    }
    // Another member's mention, a custom emoji or a link is no word of the question ("<@123> how long was the call?").
    const question = asked.claim ? claimToCheck(asked.raw) : validateQuestion(withoutTokens(asked.raw));
    checkRateLimit(ctx, message.author.id);
    if ('sendTyping' in message.channel) {
      message.channel.sendTyping().catch((error: unknown) => ctx.logger.debug('typing indicator failed', { error }));
    }
    // The answer the message follows, when it is still remembered.
    const before = asked.continues ? ctx.answers.get(asked.continues) : undefined;
    // "Tell me more" after an answer pages that answer, as its More button does.
    const continued = readConversational(question) === 'more' ? before : undefined;
    // "What happened next?" after an answer reads on from its passage.
    const readFrom = before && asksToReadOn(question) ? readOnFrom(before) : undefined;
    // "What else…?" leaves out what the exchange quoted so far.
    const quoted = before?.quoted;
    const asker = { userId: message.author.id, guildId: message.guildId, ephemeral: false };
    if (continued && !continued.hasMore) {
      await reply({ content: nothingMore(continued.question) });
      return;
    }
    const request: AskRequest = continued
      ? nextPageRequest(continued, message.id, asker)
      : {
          question,
          key: message.id,
          offset: 0,
          source,
          ...asker,
          ...(asked.previous ? { previous: asked.previous } : {}),
          ...(readFrom ? { readFrom } : {}),
          ...(quoted?.length ? { quoted } : {}),
          // A follow-up of an answer asked within one document (`/ask source:`) is asked within it too.
          ...(before?.within ? { within: before.within } : {}),
        };
    // "How long was the call? Who started it?" gets one reply per question.
    const last = await answerEachQuestion(ctx, request, async (payload) => void (await reply(payload)));
    const answered = last ? ctx.answers.get(last) : undefined;
    if (answered && last && asked.conversation) asked.conversation.store.set(asked.conversation.id, exchangeOf(answered), last);
  } catch (error) {
    if (isExpectedError(error)) ctx.logger.debug('refused', { source, userId: message.author.id });
    else ctx.logger.error('message handler failed', { source, userId: message.author.id, error });
    try {
      await reply({ content: messageForError(error) });
    } catch (replyError) {
      ctx.logger.warn('could not send the error reply', { source, error: replyError });
    }
  }
}

/** What the message's question was read with, for answering it again once edited. */
function readWithOf(asked: MessageQuestion): AnsweredMessage['readWith'] {
  return { ...(asked.previous ? { previous: asked.previous } : {}), ...(asked.continues ? { continues: asked.continues } : {}) };
}

export function createMessageHandler(ctx: BotContext): (message: Message) => Promise<void> {
  const answer = async (message: Message, content: string) => {
    let asked: MessageQuestion | null;
    try {
      asked = await questionOf(message, message.client.user.id, ctx, content);
    } catch (error) {
      ctx.logger.error('could not read the message', { error });
      return;
    }
    if (asked === null) return;
    const replyIds: string[] = [];
    await respond(ctx, message, asked, async (payload) => {
      const sent = await replyToMessage(message, payload);
      replyIds.push(sent.id);
      return sent;
    });
    remember(ctx, message.id, { content, replyIds, readWith: readWithOf(asked) });
  };
  return async (message) => {
    if (!servesGuild(message.guildId, ctx.config.allowedGuildIds)) return;
    // As it arrived: discord.js writes an edit into this same object, and the edit is answered on its own.
    const content = message.content;
    // A member mending a typo at once edits while this answer is being given: the edit waits for it.
    await ctx.answeredMessages.inTurn(message.id, () => answer(message, content));
  };
}

/**
 * Remembers a message's replies with the question-log rows its questions were logged as, read from
 * the answers just stored under its keys (a page of an earlier answer, "tell me more", logs none of
 * its own; `forgotten`, the rows an edit took out, are not its any more); a message that got no reply
 * is forgotten.
 */
function remember(ctx: BotContext, messageId: string, entry: Omit<AnsweredMessage, 'questionIds'>, forgotten: ReadonlySet<number> = new Set()): void {
  if (entry.replyIds.length === 0) {
    ctx.answeredMessages.take(messageId);
    return;
  }
  const questionIds: number[] = [];
  for (let i = 0; i < entry.replyIds.length; i++) {
    const stored = ctx.answers.get(partKey(messageId, i));
    // An edit refused (an empty question) stores no answer: the one stored before is its old question's, forgotten.
    if (stored && stored.source !== 'more' && typeof stored.questionId === 'number' && !forgotten.has(stored.questionId)) questionIds.push(stored.questionId);
  }
  ctx.answeredMessages.record(messageId, { ...entry, questionIds });
}

function forgetQuestions(ctx: BotContext, ids: readonly number[]): void {
  try {
    ctx.questionLog.forgetQuestions(ids);
  } catch (error) {
    ctx.logger.warn('could not take an edited or deleted question out of the question log', { error });
  }
}

/**
 * A member edits a message the bot answered: what it asks now is answered in the same replies (one
 * more is sent, or one fewer kept, when it asks more or fewer questions), read with what it was read
 * with at first, not with its own earlier answer. A message that no longer asks the bot anything
 * (its mention removed) takes its replies with it. The question log keeps the question as last written.
 */
export function createMessageEditHandler(ctx: BotContext): (message: Message) => Promise<void> {
  const handle = async (message: Message) => {
    const entry = ctx.answeredMessages.get(message.id);
    const content = message.content;
    // A link's preview loading or a pin updates a message without changing what it asks.
    if (!entry || content === entry.content) return;
    let asked: MessageQuestion | null;
    try {
      asked = await questionOf(message, message.client.user.id, ctx, content);
    } catch (error) {
      ctx.logger.error('could not read the edited message', { error });
      return;
    }
    if (asked === null) {
      await forgetMessage(ctx, message, entry);
      return;
    }
    const { previous: _previous, continues: _continues, conversation, ...rest } = asked;
    // A conversation that went on since (a later DM answered) is not taken back to this message.
    const current = conversation?.store.get(conversation.id)?.answerKey;
    const again: MessageQuestion = { ...rest, ...entry.readWith, ...(conversation && current !== undefined && isPartOf(current, message.id) ? { conversation } : {}) };
    const earlier = [...entry.replyIds];
    const replyIds: string[] = [];
    await respond(ctx, message, again, async (payload) => {
      const replyId = earlier.shift();
      const sent = replyId ? await editOrReply(message, replyId, payload) : await replyToMessage(message, payload);
      replyIds.push(sent.id);
      return sent;
    });
    await deleteReplies(ctx, message, earlier);
    forgetQuestions(ctx, entry.questionIds);
    remember(ctx, message.id, { content, replyIds, readWith: entry.readWith }, new Set(entry.questionIds));
  };
  return async (message) => {
    if (!servesGuild(message.guildId, ctx.config.allowedGuildIds)) return;
    await ctx.answeredMessages.inTurn(message.id, () => handle(message));
  };
}

/** The earlier reply edited, or a new reply when that one is gone (a moderator deleted it). */
async function editOrReply(message: Message, replyId: string, payload: ReplyPayload): Promise<Message> {
  try {
    return await editReply(message, replyId, payload);
  } catch (error) {
    if (!(error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownMessage)) throw error;
    return replyToMessage(message, payload);
  }
}

/** A member deletes a message the bot answered: its replies go too, and the question log forgets what it asked. */
export function createMessageDeleteHandler(ctx: BotContext): (message: Pick<Message, 'id' | 'channel'> | PartialMessage) => Promise<void> {
  // Deleted while its answer was being given: the answer, once out, goes too.
  return (message) =>
    ctx.answeredMessages.inTurn(message.id, async () => {
      const entry = ctx.answeredMessages.get(message.id);
      if (entry) await forgetMessage(ctx, message, entry);
    });
}

/** A message that no longer asks the bot anything (deleted, or its mention edited out): its replies go, and the question log forgets what it asked. */
async function forgetMessage(ctx: BotContext, message: Pick<Message, 'id' | 'channel'> | PartialMessage, entry: { replyIds: readonly string[]; questionIds: readonly number[] }): Promise<void> {
  ctx.answeredMessages.take(message.id);
  forgetQuestions(ctx, entry.questionIds);
  await deleteReplies(ctx, message, entry.replyIds);
}

async function deleteReplies(ctx: BotContext, message: Pick<Message, 'channel'> | PartialMessage, replyIds: readonly string[]): Promise<void> {
  for (const id of replyIds) {
    try {
      await message.channel.messages.delete(id);
    } catch (error) {
      // Already gone (a moderator deleted it), or the channel is: nothing is left to tidy.
      ctx.logger.debug('could not delete a reply to a deleted or edited question', { error });
    }
  }
}
