/**
 * Start-up wiring only: environment → typed config → engine → Discord client, and a clean exit on
 * SIGINT / SIGTERM. The only place (with the scripts) that reads the environment.
 */
import { config as loadDotenv } from 'dotenv';
import { printedUsage } from './cli/args.ts';
import { parseBotConfig } from './config.ts';
import { startBot } from './discord/bot.ts';
import { checkDiscordAccess } from './discord/check-access.ts';
import { startStartingHeartbeat } from './discord/heartbeat.ts';
import { exitOnSignals } from './discord/shutdown.ts';
import { watchCorpus } from './engine/corpus-watch.ts';
import { createEngine } from './engine/create-engine.ts';
import { checkIndexFolder } from './engine/index-folder.ts';
import { failureText, UserError } from './errors.ts';
import { canWrite, folderProblem } from './file-system.ts';
import { holdInstanceLock } from './instance-lock.ts';
import { createLogger } from './log.ts';

async function main(): Promise<void> {
  if (printedUsage(process.argv.slice(2), 'usage: npm start   (runs the bot; settings come from .env, see .env.example)')) return;
  loadDotenv({ quiet: true });
  const config = parseBotConfig(process.env);
  const logger = createLogger(config.logLevel);
  process.on('unhandledRejection', (error) => logger.error('unhandled rejection', { error }));

  // These checks come before the model loads: a bad folder or token is one line within seconds.
  checkIndexFolder(config.engine.indexDir);
  const dataProblem = folderProblem(config.discord.dataDir);
  if (dataProblem) throw new UserError('DATA_DIR_UNUSABLE', { dir: config.discord.dataDir, reason: dataProblem });
  // Before the index is touched: a second process would reindex and log beside the first.
  const instanceLock = holdInstanceLock(config.discord.dataDir);
  if (instanceLock.problem) logger.warn('could not lock the data folder: a second bot started with it would not be refused', { file: instanceLock.file, reason: instanceLock.problem });
  // Answering needs only to read the corpus; /corpus add, update and remove write to it.
  if (!canWrite(config.engine.corpusDir)) logger.warn('the corpus folder is read-only: /corpus add, update and remove will refuse', { corpusDir: config.engine.corpusDir });
  // After the lock: a second process refused must not speak for the first.
  const starting = startStartingHeartbeat({ dataDir: config.discord.dataDir, logger, now: Date.now });
  let engine: Awaited<ReturnType<typeof createEngine>>;
  let bot: Awaited<ReturnType<typeof startBot>>;
  try {
    const botName = await checkDiscordAccess(config.discord);
    logger.info('discord accepted the token', { bot: botName });
    logger.info('loading the answer engine', { corpusDir: config.engine.corpusDir, model: config.engine.embeddingModel });
    engine = await createEngine(config.engine, logger);
    // Beside the login, so that neither waits for the other.
    void engine.warmUp();
    // The client's own heartbeat follows (connecting, then connected).
    await starting.stop();
    bot = await startBot({ config, engine, embedder: engine.embedder, covers: (term) => engine.covers(term), logger });
  } catch (error) {
    // Not "starting" for ever: the health check says it stopped, and the log says why.
    await starting.stop(true);
    throw error;
  }
  const corpusWatch = config.discord.corpus.watch
    ? watchCorpus(config.engine.corpusDir, {
        logger,
        onChange: async () => {
          const report = await engine.reindex();
          const documents = [...report.added, ...report.changed, ...report.removed];
          // A folder of a thousand documents copied in names ten of them.
          logger[documents.length ? 'info' : 'debug']('reindexed after the corpus folder changed', {
            added: report.added.length,
            changed: report.changed.length,
            removed: report.removed.length,
            documents: documents.slice(0, 10),
            seconds: report.seconds,
          });
        },
      })
    : null;
  const stop = async () => {
    corpusWatch?.stop();
    await bot.stop();
    instanceLock.release();
  };
  exitOnSignals(process, stop, logger);
  // Deaf until restarted: exit with what to do, so a supervisor shows the failure rather than a bot
  // that runs and answers nothing.
  void bot.ended.then(async (error) => {
    await stop();
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}

main().catch((error: unknown) => {
  // Config and other user errors say how to fix them; never print settings' values (the token).
  process.stderr.write(`${failureText(error)}\n`);
  process.exit(1);
});
