/**
 * Start the local Discord API stand-in and the real bot (real discord.js Client) against it.
 * Shared by the end-to-end tests and scripts/discord-latency.ts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseBotConfig, type BotConfig } from '../../src/config.ts';
import { startBot, type RunningBot } from '../../src/discord/bot.ts';
import type { Resolver } from '../../src/corpus/fetch/fetch-policy.ts';
import type { Embedder } from '../../src/embedding/embedder.ts';
import type { AnswerEngine } from '../../src/engine/types.ts';
import { createLogger, type Logger } from '../../src/log.ts';
import { fixedPassageEngine } from './fixtures/fixed-passage-engine.ts';
import { DiscordStandIn } from './stand-in/server.ts';

/**
 * DNS as on a machine with no internet: only local names resolve. A test that fetches documents
 * serves them on 127.0.0.1; any other host (the shipped article's outlet, which the update check
 * tries) fails the same way wherever the tests run.
 */
export const noInternet: Resolver = async (hostname) => {
  if (hostname === 'localhost') return [{ address: '127.0.0.1', family: 4 }];
  throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
};

export interface Harness<E extends AnswerEngine> {
  standIn: DiscordStandIn;
  bot: RunningBot;
  engine: E;
  config: BotConfig;
  feedbackFile: string;
  /** The data folder (DATA_DIR): the corpus change log and trash. */
  dataDir: string;
  /** The question log (SQLite) in the data folder. */
  databaseFile: string;
  /** Every log line the bot wrote (JSON), at debug level. */
  logLines: string[];
  stop(): Promise<void>;
}

export async function startHarness<E extends AnswerEngine = ReturnType<typeof fixedPassageEngine>>(
  options: {
    engine?: E;
    /** The engine's embedder and vocabulary, for /gaps. */
    embedder?: Embedder;
    covers?: (term: string) => boolean;
    /** Extra settings; a function gets the stand-in (for its channel and role ids). */
    env?: Record<string, string> | ((standIn: DiscordStandIn) => Record<string, string>);
    now?: () => number;
    logger?: Logger;
    /** A data folder that outlives this harness (restart tests); by default a temp folder removed at stop. */
    dataDir?: string;
    /** Another harness's stand-in, for a second bot on the same token; by default one of its own, stopped at stop. */
    standIn?: DiscordStandIn;
  } = {},
): Promise<Harness<E>> {
  const ownStandIn = options.standIn === undefined;
  const standIn = options.standIn ?? (await DiscordStandIn.start());
  const ownDir = options.dataDir === undefined;
  const dir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'discord-bot-test-')));
  const feedbackFile = path.join(dir, 'feedback.jsonl');
  const config = parseBotConfig({
    DISCORD_TOKEN: standIn.token,
    DISCORD_CLIENT_ID: standIn.applicationId,
    DISCORD_API_URL: standIn.apiUrl,
    MOD_ROLE_IDS: standIn.guild.modRoleId,
    OWNER_IDS: standIn.users.owner.id,
    FEEDBACK_FILE: feedbackFile,
    RATE_LIMIT_PER_MINUTE: '600',
    DATA_DIR: dir,
    // Never the project's own corpus/: /corpus writes here unless a test names the engine's folder.
    CORPUS_DIR: path.join(dir, 'corpus'),
    ...(typeof options.env === 'function' ? options.env(standIn) : options.env),
  });
  const engine = (options.engine ?? fixedPassageEngine()) as E;
  const logLines: string[] = [];
  const logger = options.logger ?? createLogger('debug', (line) => logLines.push(line));
  let bot: RunningBot;
  try {
    bot = await startBot({
      config,
      engine,
      logger,
      ...(options.embedder ? { embedder: options.embedder } : {}),
      ...(options.covers ? { covers: options.covers } : {}),
      ...(options.now ? { now: options.now } : {}),
      readyTimeoutMs: 10_000,
      resolve: noInternet,
    });
  } catch (error) {
    if (ownStandIn) await standIn.stop();
    if (ownDir) await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    standIn,
    bot,
    engine,
    config,
    feedbackFile,
    dataDir: dir,
    databaseFile: config.discord.databaseFile,
    logLines,
    async stop() {
      await bot.stop();
      if (ownStandIn) await standIn.stop();
      if (ownDir) await rm(dir, { recursive: true, force: true });
    },
  };
}
