/**
 * The gaps digest (GAPS_DIGEST_DAYS): every so many days, the period's questions, the share answered,
 * the votes and what the coverage did not serve, grouped by topic, posted in the corpus log channel —
 * so that moderators see what to add without remembering to run /gaps. Only the questions asked in
 * that channel's server (another server's members' questions are not theirs to read). A period in
 * which nobody asked anything posts nothing.
 *
 * When it last posted is kept in the data folder, so that a bot restarted more often than it posts
 * still posts on time, and once.
 */
import { readFile } from 'node:fs/promises';
import type { Client } from 'discord.js';
import { replaceFile } from '../file-system.ts';
import { lastDays } from '../question-log/question-log.ts';
import type { BotContext } from './context.ts';
import { formatGapsDigest } from './format/gaps.ts';
import { gapsReport } from './gaps-report.ts';
import { startPeriodicTask } from './periodic-task.ts';
import { postToChannel } from './replies.ts';

export const GAPS_DIGEST_STATE_FILE = 'gaps-digest.json';

export interface GapsDigest {
  /** Post the digest of the period ending now (a post already being made is awaited instead). */
  postNow(): Promise<void>;
  stop(): void;
}

export interface GapsDigestOptions {
  days: number;
  channelId: string;
  /** Where the time of the last post is kept (in the data folder). */
  stateFile: string;
  now?: () => number;
}

/** When the digest was last posted; null when never, or the file cannot be read. */
export async function readLastDigestAt(file: string): Promise<number | null> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { lastPostAt?: unknown };
    return typeof parsed.lastPostAt === 'number' ? parsed.lastPostAt : null;
  } catch {
    return null;
  }
}

export async function startGapsDigest(client: Client<true>, ctx: BotContext, options: GapsDigestOptions): Promise<GapsDigest> {
  const { days, channelId, stateFile } = options;
  const now = options.now ?? Date.now;
  const intervalMs = days * 86_400_000;
  let lastPostAt = await readLastDigestAt(stateFile);

  const post = async () => {
    const at = now();
    const channel = await client.channels.fetch(channelId);
    // No server, no digest: "every question" would show one server's moderators the others' members.
    if (!channel || !('guildId' in channel) || typeof channel.guildId !== 'string') throw new Error(`channel ${channelId} is not a server's channel`);
    const { guildId } = channel;
    // Not a period longer than the log keeps (QUESTION_LOG_RETENTION_DAYS), as /gaps.
    const period = Math.min(days, ctx.questionLog.retentionDays);
    const totals = ctx.questionLog.totals(lastDays(period, at, guildId));
    if (totals.asked > 0) {
      await postToChannel(client, channelId, formatGapsDigest(totals, await gapsReport(ctx, period, at, guildId)));
      ctx.logger.info('gaps digest posted', { channelId, days, asked: totals.asked });
    } else {
      ctx.logger.info('gaps digest: no questions in the period, nothing posted', { channelId, days });
    }
    lastPostAt = at;
    await replaceFile(stateFile, `${JSON.stringify({ lastPostAt })}\n`).catch((error: unknown) => ctx.logger.warn('gaps digest: could not save when it last posted', { file: stateFile, error }));
  };
  const periodic = startPeriodicTask(
    () =>
      post().catch((error: unknown) => {
        // Tried again next period, not every minute: a channel gone or forbidden stays so until someone acts.
        lastPostAt = now();
        ctx.logger.warn('gaps digest: could not post it; trying again next period', { channelId, error });
      }),
    { intervalMs, lastRunAt: () => lastPostAt, now },
  );
  return { postNow: periodic.runNow, stop: periodic.stop };
}
