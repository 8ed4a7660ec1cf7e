/**
 * The question log as the bot runs it: opened at start (the old feedback JSONL imported once, rows past
 * the retention period deleted), pruned again every day, closed at stop.
 */
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
  const log = QuestionLog.open(options.file, options);
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

function prune(log: QuestionLog, logger: Logger, now: () => number): void {
  try {
    const removed = log.prune(now());
    if (removed.questions + removed.votes > 0) logger.info('question log pruned', { ...removed, retentionDays: log.retentionDays });
  } catch (error) {
    logger.error('question log pruning failed', { error });
  }
}
