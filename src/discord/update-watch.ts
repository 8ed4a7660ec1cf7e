/**
 * The update check (CORPUS_UPDATE_CHECK_HOURS): every so many hours, each document's link is
 * fetched again, and the documents with a newer version there are posted in the corpus log channel,
 * each version once, for a moderator to review and replace with /corpus update. Nothing is
 * replaced without them: a changed page may be a correction, or no longer the article at all.
 *
 * When it last checked and what it reported are kept in a small file in the data folder, so that a
 * bot restarted more often than it checks still checks on time, and reports a version once.
 */
import { readFile } from 'node:fs/promises';
import type { Client } from 'discord.js';
import { replaceFile } from '../file-system.ts';
import type { BotContext } from './context.ts';
import { formatNewerVersionsPost } from './format/corpus.ts';
import { startPeriodicTask } from './periodic-task.ts';
import { postToChannel } from './replies.ts';

export interface UpdateWatch {
  /** Check every link now (a check already running is awaited instead); resolves when the post, if any, is sent. */
  checkNow(): Promise<void>;
  stop(): void;
}

/** What the check keeps between runs of the bot. */
export interface UpdateCheckState {
  /** When the last check finished (ms since the epoch); null before the first. */
  lastCheckAt: number | null;
  /** The newer version last reported of each document, by docId. */
  reported: Record<string, string>;
}

/** The state saved in `file`; a missing or unreadable file is a fresh start. */
export async function readUpdateCheckState(file: string): Promise<UpdateCheckState> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<UpdateCheckState>;
    const reported = parsed.reported && typeof parsed.reported === 'object' ? Object.fromEntries(Object.entries(parsed.reported).filter(([, v]) => typeof v === 'string')) : {};
    return { lastCheckAt: typeof parsed.lastCheckAt === 'number' ? parsed.lastCheckAt : null, reported };
  } catch {
    return { lastCheckAt: null, reported: {} };
  }
}

async function writeUpdateCheckState(file: string, state: UpdateCheckState): Promise<void> {
  await replaceFile(file, `${JSON.stringify(state)}\n`);
}

export interface UpdateWatchOptions {
  hours: number;
  channelId: string;
  /** Where the state is kept (in the data folder). */
  stateFile: string;
  now?: () => number;
}

export async function startUpdateWatch(client: Client<true>, ctx: BotContext, options: UpdateWatchOptions): Promise<UpdateWatch> {
  const { hours, channelId, stateFile } = options;
  const now = options.now ?? Date.now;
  const intervalMs = hours * 3_600_000;
  const state = await readUpdateCheckState(stateFile);
  /** The newer version last reported of each document, so a page left as it is is not reported again at every check. */
  const reported = new Map(Object.entries(state.reported));
  /** Why each document's link last failed: the same failure at every check is a warning once, then noted at debug level. */
  const failing = new Map<string, string>();

  const check = async () => {
    const started = performance.now();
    const failed = new Set<string>();
    const found = await ctx.corpus.newerVersions((docId, error) => {
      failed.add(docId);
      const reason = error instanceof Error ? error.message : String(error);
      const again = failing.get(docId) === reason;
      failing.set(docId, reason);
      ctx.logger[again ? 'debug' : 'warn']('update check: could not fetch a document again', { docId, error });
    });
    for (const docId of failing.keys()) if (!failed.has(docId)) failing.delete(docId);
    const fresh = found.filter((v) => reported.get(v.docId) !== v.version);
    ctx.logger.info('update check done', { newer: found.length, reported: fresh.length, failures: failed.size, seconds: Number(((performance.now() - started) / 1000).toFixed(1)) });
    if (fresh.length > 0) {
      await postToChannel(client, channelId, formatNewerVersionsPost(fresh));
      for (const v of fresh) reported.set(v.docId, v.version);
    }
    // Documents gone from the corpus are forgotten.
    const current = new Set(ctx.engine.sources().documents.map((d) => d.docId));
    for (const docId of reported.keys()) if (!current.has(docId)) reported.delete(docId);
    state.lastCheckAt = now();
    state.reported = Object.fromEntries(reported);
    await writeUpdateCheckState(stateFile, state).catch((error: unknown) => ctx.logger.warn('update check: could not save its state', { file: stateFile, error }));
  };

  const periodic = startPeriodicTask(() => check().catch((error: unknown) => ctx.logger.warn('update check failed', { error })), {
    intervalMs,
    lastRunAt: () => state.lastCheckAt,
    now,
  });
  return { checkNow: periodic.runNow, stop: periodic.stop };
}
