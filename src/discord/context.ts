/** What every handler gets: the engine and the bot's own small services, passed in (no globals). */
import type { DiscordConfig } from '../config.ts';
import { CorpusAdmin } from '../corpus/admin/corpus-admin.ts';
import { DEFAULT_FETCH_POLICY } from '../corpus/fetch/fetch-policy.ts';
import type { AnswerEngine } from '../engine/types.ts';
import type { Logger } from '../log.ts';
import { AnswerStore, DEFAULT_ANSWER_STORE } from './answer-store.ts';
import { PendingCorpusActions } from './corpus-pending.ts';
import { FeedbackLog } from './feedback.ts';
import { RateLimiter } from './rate-limit.ts';

export interface BotContext {
  engine: AnswerEngine;
  logger: Logger;
  config: DiscordConfig;
  rateLimiter: RateLimiter;
  answers: AnswerStore;
  feedback: FeedbackLog;
  /** /corpus: adding and removing documents, and the actions waiting for a button. */
  corpus: CorpusAdmin;
  pendingCorpus: PendingCorpusActions;
  now: () => number;
}

export function createBotContext(options: {
  engine: AnswerEngine;
  logger: Logger;
  config: DiscordConfig;
  /** The corpus folder the engine reads (where /corpus add writes). */
  corpusDir: string;
  now?: () => number;
}): BotContext {
  const now = options.now ?? Date.now;
  return {
    engine: options.engine,
    logger: options.logger,
    config: options.config,
    rateLimiter: new RateLimiter({ limit: options.config.rateLimitPerMinute, windowMs: 60_000 }, now),
    answers: new AnswerStore({ ...DEFAULT_ANSWER_STORE, now }),
    feedback: new FeedbackLog(options.config.feedbackFile),
    corpus: new CorpusAdmin({
      corpusDir: options.corpusDir,
      dataDir: options.config.corpus.dataDir,
      policy: { ...DEFAULT_FETCH_POLICY, allowHosts: options.config.corpus.fetchAllowHosts },
      engine: options.engine,
      now,
    }),
    pendingCorpus: new PendingCorpusActions(now),
    now,
  };
}
