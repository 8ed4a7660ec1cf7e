/** What every handler gets: the engine and the bot's own small services, passed in (no globals). */
import type { DiscordConfig } from '../config.ts';
import type { AnswerEngine } from '../engine/types.ts';
import type { Logger } from '../log.ts';
import { AnswerStore, DEFAULT_ANSWER_STORE } from './answer-store.ts';
import { FeedbackLog } from './feedback.ts';
import { RateLimiter } from './rate-limit.ts';
import { DEFAULT_THREAD_EXCHANGES, ThreadExchanges } from './thread-exchanges.ts';

export interface BotContext {
  engine: AnswerEngine;
  logger: Logger;
  config: DiscordConfig;
  rateLimiter: RateLimiter;
  answers: AnswerStore;
  feedback: FeedbackLog;
  /** The follow-up threads the bot started and the exchange each continues. */
  threads: ThreadExchanges;
  now: () => number;
}

export function createBotContext(options: {
  engine: AnswerEngine;
  logger: Logger;
  config: DiscordConfig;
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
    threads: new ThreadExchanges({ ...DEFAULT_THREAD_EXCHANGES, now }),
    now,
  };
}
