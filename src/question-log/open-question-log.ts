/**
 * The question log as the bot runs it: opened at start (the old feedback JSONL imported once, rows past
 * the retention period deleted), pruned again every day, closed at stop.
 */
import { existsSync, renameSync } from 'node:fs';
import type { Logger } from '../log.ts';
import { importFeedbackFile } from './import-feedback.ts';
import { QuestionLog, type QuestionLogOptions } from './question-log.ts';

export const PRUNE_INTERVAL_MS = 24 * 60 * 60 * 1000;

export interface RunningQuestionLog {
  log: QuestionLog;
  /** Stops the daily pruning and closes the database; safe to call twice. */
  close(): void;
}

export async function openQuestionLog(
  options: QuestionLogOptions & { file: string; feedbackFile: string },
  logger: Logger,
  now: () => number,
): Promise<RunningQuestionLog> {
  const log = openOrSetAside(options, logger, now);
  try {
    const report = await importFeedbackFile(log, options.feedbackFile, now());
    if (report) logger.info('imported the feedback file into the question log', { file: options.feedbackFile, ...report });
    prune(log, logger, now);
  } catch (error) {
    log.close();
    throw error;
  }
  const timer = setInterval(() => prune(log, logger, now), PRUNE_INTERVAL_MS);
  timer.unref();
  return {
    log,
    close() {
      clearInterval(timer);
      log.close();
    },
  };
}

// A file SQLite cannot read as a database (damaged, or something else written over it).
const UNREADABLE = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

/**
 * The log, or — when the file is no database SQLite can read — a new one, the unreadable file (and
 * its WAL files) kept beside it under another name: the bot answers without its old log rather than
 * not at all, and the file is there to be recovered.
 */
function openOrSetAside(options: QuestionLogOptions & { file: string }, logger: Logger, now: () => number): QuestionLog {
  try {
    return QuestionLog.open(options.file, options);
  } catch (error) {
    if (!UNREADABLE.has((error as { code?: string }).code ?? '')) throw error;
    const keptAs = `${options.file}.unreadable-${new Date(now()).toISOString().replace(/[:.]/g, '-')}`;
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(options.file + suffix)) renameSync(options.file + suffix, keptAs + suffix);
    }
    logger.error('the question log could not be read: kept under another name, a new one started', { file: options.file, keptAs, reason: (error as Error).message });
    return QuestionLog.open(options.file, options);
  }
}

function prune(log: QuestionLog, logger: Logger, now: () => number): void {
  try {
    const removed = log.prune(now());
    if (removed.questions + removed.votes > 0) logger.info('question log pruned', { ...removed, retentionDays: log.retentionDays });
  } catch (error) {
    logger.error('question log pruning failed', { error });
  }
}
