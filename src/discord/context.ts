/** What every handler gets: the engine and the bot's own small services, passed in (no globals). */
import { DEFAULT_SILENT_CHANNELS } from './channel-permissions.ts';
import type { DiscordConfig } from '../config.ts';
import { CorpusAdmin } from '../corpus/admin/corpus-admin.ts';
import { DEFAULT_FETCH_POLICY, type Resolver } from '../corpus/fetch/fetch-policy.ts';
import type { Embedder } from '../embedding/embedder.ts';
import type { AnswerEngine } from '../engine/types.ts';
import type { Logger } from '../log.ts';
import type { QuestionLog } from '../question-log/question-log.ts';
import { AnswerStore, DEFAULT_ANSWER_STORE } from './answer-store.ts';
import { AnsweredMessages, DEFAULT_ANSWERED_MESSAGES } from './answered-messages.ts';
import { RecentEntries } from './recent-entries.ts';
import { PendingCorpusActions } from './corpus-pending.ts';
import { RateLimiter } from './rate-limit.ts';
import { DEFAULT_DM_CONVERSATIONS, DEFAULT_THREAD_CONVERSATIONS, Conversations } from './conversations.ts';

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
  /** /corpus: adding and removing documents, and the actions waiting for a button. */
  corpus: CorpusAdmin;
  pendingCorpus: PendingCorpusActions;
  /** The follow-up threads the bot started and the exchange each continues. */
  threads: Conversations;
  /** DM conversations: the exchange and last answer each DM continues (for half an hour). */
  dms: Conversations;
  /** The bot's replies to members' messages, by message: an edit answers again in them, a deletion removes them. */
  answeredMessages: AnsweredMessages;
  /** Channels where members asked the bot and it may not reply, noted in the log once an hour each. */
  silentChannels: RecentEntries<true>;
  now: () => number;
}

export function createBotContext(options: {
  engine: AnswerEngine;
  logger: Logger;
  config: DiscordConfig;
  /** The corpus folder the engine reads (where /corpus add writes). */
  corpusDir: string;
  questionLog: QuestionLog;
  embedder?: Embedder | null;
  covers?: ((term: string) => boolean) | null;
  now?: () => number;
  resolve?: Resolver;
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
    corpus: new CorpusAdmin({
      corpusDir: options.corpusDir,
      dataDir: options.config.corpus.dataDir,
      policy: { ...DEFAULT_FETCH_POLICY, allowHosts: options.config.corpus.fetchAllowHosts },
      engine: options.engine,
      now,
      ...(options.resolve ? { resolve: options.resolve } : {}),
    }),
    pendingCorpus: new PendingCorpusActions(now),
    threads: new Conversations({ ...DEFAULT_THREAD_CONVERSATIONS, now }),
    dms: new Conversations({ ...DEFAULT_DM_CONVERSATIONS, now }),
    answeredMessages: new AnsweredMessages({ ...DEFAULT_ANSWERED_MESSAGES, now }),
    silentChannels: new RecentEntries({ ...DEFAULT_SILENT_CHANNELS, now }),
    now,
  };
}
