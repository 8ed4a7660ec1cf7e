/**
 * The Discord client: least-privilege intents, the interaction and message handlers, and a clean stop.
 * `startBot` resolves once the client is ready (READY and every GUILD_CREATE received).
 */
import path from 'node:path';
import { ActivityType, Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import type { BotConfig } from '../config.ts';
import type { Resolver } from '../corpus/fetch/fetch-policy.ts';
import type { Embedder } from '../embedding/embedder.ts';
import type { AnswerEngine } from '../engine/types.ts';
import { isUserError, type UserError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { openQuestionLog } from '../question-log/open-question-log.ts';
import { commandsByName, messageCommandsByName } from './commands/index.ts';
import { createBotContext, type BotContext } from './context.ts';
import { createInteractionHandler } from './handlers/interaction.ts';
import { createMessageDeleteHandler, createMessageEditHandler, createMessageHandler } from './handlers/message.ts';
import { InteractionAwareREST } from './interaction-rest.ts';
import { explainConnectionError, sessionEndedError, withDeadline } from './connection-errors.ts';
import { GAPS_DIGEST_STATE_FILE, startGapsDigest, type GapsDigest } from './gaps-digest.ts';
import { startHeartbeat } from './heartbeat.ts';
import { checkAskChannels } from './ask-channels.ts';
import { announceNewCoverage, type NewCoverageAnnouncer } from './new-coverage.ts';
import { postFolderChanges, type FolderChangesPoster } from './folder-changes.ts';
import { NO_MENTIONS } from './replies.ts';
import { watchServers } from './served-servers.ts';
import { startUpdateWatch, type UpdateWatch } from './update-watch.ts';

/** In the data folder: when the update check last ran and what it reported. */
export const UPDATE_CHECK_STATE_FILE = 'update-check.json';

/**
 * Guilds: slash commands and the guild/channel/role cache. GuildMessages: messages that mention the
 * bot (their content arrives without the privileged Message Content intent), in its follow-up threads
 * and replying to its answers. DirectMessages: DMs. MessageContent only when MESSAGE_CONTENT_INTENT
 * asks for it (see createClient).
 */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages] as const;

export interface StartBotOptions {
  config: Pick<BotConfig, 'discord' | 'engine'>;
  engine: AnswerEngine;
  /** The engine's embedder: /gaps also groups questions that embed close together. */
  embedder?: Embedder;
  /** Whether the corpus uses an index term: /gaps weighs what the coverage lacks. */
  covers?: (term: string) => boolean;
  logger: Logger;
  /** Clock for rate limits and stored answers (tests pass their own). */
  now?: () => number;
  /** Give up if Discord has not let the bot in (REST and the gateway's READY) within this time (default 15 s). */
  readyTimeoutMs?: number;
  /** DNS for fetching documents (default: the system's); tests pass one that finds no host on the internet. */
  resolve?: Resolver;
}

export interface RunningBot {
  client: Client<true>;
  context: BotContext;
  /** The update check, when CORPUS_UPDATE_CHECK_HOURS sets one. */
  updateWatch: UpdateWatch | null;
  /** The gaps digest, when GAPS_DIGEST_DAYS sets one. */
  gapsDigest: GapsDigest | null;
  /**
   * Settles if Discord ends the session for good while the bot runs (a token reset in the Developer
   * Portal, a privileged intent turned off there), with what to do: discord.js does not reconnect
   * then, and a bot left running would answer nothing.
   */
  ended: Promise<UserError>;
  /** Disconnect from the gateway and release everything; safe to call twice. */
  stop(): Promise<void>;
}

/** The bot's custom status. */
export const PRESENCE_TEXT = 'Ask about the coverage: /ask, or /help';

export function createClient(apiUrl: string, options: { messageContent?: boolean } = {}): Client {
  const client = new Client({
    intents: options.messageContent ? [...INTENTS, GatewayIntentBits.MessageContent] : [...INTENTS],
    // DM channels are not cached before their first message; without this, DMs are dropped. A message
    // edited or deleted after it left the cache (200 a channel) still reaches the handlers.
    partials: [Partials.Channel, Partials.Message],
    rest: { api: apiUrl },
    // Shown under the bot's name in the member list and its profile: how to ask, where members look first.
    presence: { status: 'online', activities: [{ type: ActivityType.Custom, name: 'Custom Status', state: PRESENCE_TEXT }] },
    // A default for anything that might bypass replies.ts; replies.ts sets it on every send as well.
    allowedMentions: NO_MENTIONS,
  });
  // Interaction responses skip the client-side global limit, which Discord does not apply to them.
  client.rest.clearHashSweeper();
  client.rest.clearHandlerSweeper();
  client.rest = new InteractionAwareREST(client.options.rest);
  return client;
}

export async function startBot(options: StartBotOptions): Promise<RunningBot> {
  const { config, engine, logger } = options;
  const now = options.now ?? Date.now;
  const { databaseFile: file, feedbackFile, questionLogUserIds: keepUserIds, questionLogRetentionDays: retentionDays } = config.discord;
  const questionLog = await openQuestionLog({ file, feedbackFile, keepUserIds, retentionDays }, logger, now);
  const context = createBotContext({ engine, logger, config: config.discord, corpusDir: config.engine.corpusDir, questionLog: questionLog.log, embedder: options.embedder ?? null, covers: options.covers ?? null, now, ...(options.resolve ? { resolve: options.resolve } : {}) });
  const client = createClient(config.discord.apiUrl, { messageContent: config.discord.messageContentIntent });
  // Wall time, not the injectable clock: another process compares it with its own.
  const heartbeat = startHeartbeat(client, { dataDir: config.discord.dataDir, logger, now: Date.now });

  const onInteraction = createInteractionHandler(context, commandsByName, messageCommandsByName);
  const onMessage = createMessageHandler(context);
  client.on(Events.InteractionCreate, (interaction) => {
    onInteraction(interaction).catch((error: unknown) => logger.error('interaction dispatch failed', { error }));
  });
  client.on(Events.MessageCreate, (message) => {
    onMessage(message).catch((error: unknown) => logger.error('message dispatch failed', { error }));
  });
  const onEdit = createMessageEditHandler(context);
  const onDelete = createMessageDeleteHandler(context);
  client.on(Events.MessageUpdate, (_before, message) => {
    onEdit(message).catch((error: unknown) => logger.error('message edit dispatch failed', { error }));
  });
  client.on(Events.MessageDelete, (message) => {
    onDelete(message).catch((error: unknown) => logger.error('message delete dispatch failed', { error }));
  });
  // A moderator clearing a channel deletes many messages at once: questions among them take their replies too.
  client.on(Events.MessageBulkDelete, (messages) => {
    for (const message of messages.values()) onDelete(message).catch((error: unknown) => logger.error('message delete dispatch failed', { error }));
  });
  client.on(Events.Error, (error) => logger.error('discord client error', { error }));
  client.on(Events.Warn, (message) => logger.warn('discord client warning', { message }));
  let stopped = false;
  let updateWatch: UpdateWatch | null = null;
  let gapsDigest: GapsDigest | null = null;
  let newCoverage: NewCoverageAnnouncer | null = null;
  let folderChanges: FolderChangesPoster | null = null;
  let endSession: (error: UserError) => void = () => {};
  const ended = new Promise<UserError>((resolve) => {
    endSession = resolve;
  });
  // Closing the gateway on stop() also emits these; only report them while running.
  client.on(Events.ShardDisconnect, (event, shardId) => {
    if (stopped) return;
    const fatal = sessionEndedError(event.code);
    if (!fatal) {
      logger.warn('gateway disconnected', { code: event.code, shardId });
      return;
    }
    logger.error('discord ended the session; the bot cannot reconnect', { code: event.code, shardId, what: fatal.message });
    endSession(fatal);
  });
  client.on(Events.ShardReconnecting, (shardId) => {
    if (!stopped) logger.info('gateway reconnecting', { shardId });
  });

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    updateWatch?.stop();
    gapsDigest?.stop();
    newCoverage?.stop();
    folderChanges?.stop();
    await client.destroy();
    await heartbeat.stop();
    questionLog.close();
    logger.info('discord client stopped');
  };

  const loginTimeoutMs = options.readyTimeoutMs ?? 15_000;
  // After READY, servers stream in; discord.js waits up to 15 s for each unavailable one.
  const guildsTimeoutMs = Math.max(loginTimeoutMs, 30_000);
  let timeoutMs = loginTimeoutMs;
  const ready = new Promise<Client<true>>((resolve, reject) => {
    client.once(Events.ClientReady, resolve);
    // A token the REST API took but the gateway refused (close code 4004), or an intent it refused
    // (4014), ends the start at once.
    void ended.then(reject);
  });
  try {
    // Deadlines: an API that accepts connections but never answers would otherwise keep login()
    // waiting through discord.js's four 15-second attempts.
    await withDeadline(Promise.race([client.login(config.discord.token), ready]), loginTimeoutMs);
    timeoutMs = guildsTimeoutMs;
    const readyClient = await withDeadline(ready, guildsTimeoutMs);
    logger.info('discord client ready', {
      user: readyClient.user.tag,
      userId: readyClient.user.id,
      guilds: readyClient.guilds.cache.size,
    });
    watchServers(readyClient, config.discord.allowedGuildIds, logger);
    checkAskChannels(readyClient, config.discord.askChannelIds, logger);
    const { updateCheckHours, logChannelId } = config.discord.corpus;
    if (updateCheckHours !== null && logChannelId !== null) {
      const stateFile = path.join(config.discord.corpus.dataDir, UPDATE_CHECK_STATE_FILE);
      updateWatch = await startUpdateWatch(readyClient, context, { hours: updateCheckHours, channelId: logChannelId, stateFile, now });
      logger.info('update check on', { everyHours: updateCheckHours, channelId: logChannelId });
    }
    if (config.discord.gapsDigestDays !== null && logChannelId !== null) {
      const stateFile = path.join(config.discord.dataDir, GAPS_DIGEST_STATE_FILE);
      gapsDigest = await startGapsDigest(readyClient, context, { days: config.discord.gapsDigestDays, channelId: logChannelId, stateFile, now });
      logger.info('gaps digest on', { everyDays: config.discord.gapsDigestDays, channelId: logChannelId });
    }
    if (logChannelId !== null) folderChanges = postFolderChanges(readyClient, context, logChannelId);
    if (config.discord.newCoverageChannelId !== null) {
      newCoverage = announceNewCoverage(readyClient, context, config.discord.newCoverageChannelId);
      logger.info('new coverage announcements on', { channelId: config.discord.newCoverageChannelId });
    }
    return { client: readyClient, context, updateWatch, gapsDigest, ended, stop };
  } catch (error) {
    await stop();
    // One plain line that says what to do; discord.js errors never contain the token.
    throw isUserError(error) ? error : explainConnectionError(error, { apiUrl: config.discord.apiUrl, timeoutMs });
  }
}
