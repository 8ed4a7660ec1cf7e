/** What every handler gets: the engine and the bot's own small services, passed in (no globals). */
import type { DiscordConfig } from '../config.ts';
import type { Embedder } from '../embedding/embedder.ts';
import type { AnswerEngine } from '../engine/types.ts';
import type { Logger } from '../log.ts';
import type { QuestionLog } from '../question-log/question-log.ts';
import { AnswerStore, DEFAULT_ANSWER_STORE } from './answer-store.ts';
import { RateLimiter } from './rate-limit.ts';

export interface BotContext {
  engine: AnswerEngine;
  logger: Logger;
  config: DiscordConfig;
  rateLimiter: RateLimiter;
  answers: AnswerStore;
  /** Questions asked and the votes on their answers (SQLite). */
  questionLog: QuestionLog;
  /** The engine's embedder, for grouping questions in /gaps; null groups them by words alone. */
  embedder: Embedder | null;
  /** Whether the corpus uses an index term, for /gaps (a gap is about what the coverage lacks); null when unknown. */
  covers: ((term: string) => boolean) | null;
  now: () => number;
}

export function createBotContext(options: {
  engine: AnswerEngine;
  logger: Logger;
  config: DiscordConfig;
  questionLog: QuestionLog;
  embedder?: Embedder | null;
  covers?: ((term: string) => boolean) | null;
  now?: () => number;
}): BotContext {
  const now = options.now ?? Date.now;
  return {
    engine: options.engine,
    logger: options.logger,
    config: options.config,
    rateLimiter: new RateLimiter({ limit: options.config.rateLimitPerMinute, windowMs: 60_000 }, now),
    answers: new AnswerStore({ ...DEFAULT_ANSWER_STORE, now }),
    questionLog: options.questionLog,
    embedder: options.embedder ?? null,
    covers: options.covers ?? null,
    now,
  };
}
