/**
 * The update check (CORPUS_UPDATE_CHECK_HOURS): every so many hours, each document's link is
 * fetched again, and the documents with a newer version there are posted in the corpus log channel,
 * each version once, for a moderator to review and replace with /corpus update. Nothing is
 * replaced without them: a changed page may be a correction, or no longer the article at all.
 */
import type { Client } from 'discord.js';
import type { BotContext } from './context.ts';
import { formatNewerVersionsPost } from './format/corpus.ts';
import { postToChannel } from './replies.ts';

export interface UpdateWatch {
  /** Check every link now (a check already running is awaited instead); resolves when the post, if any, is sent. */
  checkNow(): Promise<void>;
  stop(): void;
}

export function startUpdateWatch(client: Client<true>, ctx: BotContext, hours: number, channelId: string): UpdateWatch {
  /** The newer version last reported of each document, so a page left as it is is not reported again at every check. */
  const reported = new Map<string, string>();
  /** Why each document's link last failed: the same failure at every check is a warning once, then noted at debug level. */
  const failing = new Map<string, string>();
  let running: Promise<void> | null = null;

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
    const failures = failed.size;
    const fresh = found.filter((v) => reported.get(v.docId) !== v.version);
    ctx.logger.info('update check done', { newer: found.length, reported: fresh.length, failures, seconds: Number(((performance.now() - started) / 1000).toFixed(1)) });
    if (fresh.length === 0) return;
    await postToChannel(client, channelId, formatNewerVersionsPost(fresh));
    for (const v of fresh) reported.set(v.docId, v.version);
  };

  const checkNow = () => {
    running ??= check()
      .catch((error: unknown) => ctx.logger.warn('update check failed', { error }))
      .finally(() => (running = null));
    return running;
  };
  const timer = setInterval(() => void checkNow(), hours * 3_600_000);
  timer.unref();
  return { checkNow, stop: () => clearInterval(timer) };
}
