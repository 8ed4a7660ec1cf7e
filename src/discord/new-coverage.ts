/**
 * New coverage announced (NEW_COVERAGE_CHANNEL_ID): after each reindex that adds documents or updates
 * one — from /corpus, /reindex or a change to the corpus folder — the bot tells members in that
 * channel what there is now to ask about, as a news feed would. One post a reindex, however many
 * callers shared it; removals are not announced, nor is the index built at start (a first start would
 * announce the whole corpus, a model change every document).
 */
import type { Client } from 'discord.js';
import type { ReindexReport } from '../engine/types.ts';
import type { BotContext } from './context.ts';
import { formatNewCoverage } from './format/new-coverage.ts';
import { postToChannel } from './replies.ts';

export interface NewCoverageAnnouncer {
  stop(): void;
}

export function announceNewCoverage(client: Client<true>, ctx: BotContext, channelId: string): NewCoverageAnnouncer {
  // One post after another, in the order of the reindexes.
  let queue = Promise.resolve();
  const announce = async (report: ReindexReport) => {
    // The serving index is the one the report describes: its documents' titles, links and dates.
    const documents = new Map(ctx.engine.sources().documents.map((d) => [d.docId, d]));
    const of = (ids: readonly string[]) => ids.flatMap((id) => documents.get(id) ?? []);
    const post = formatNewCoverage(of(report.added), of(report.changed));
    if (!post) return;
    try {
      await postToChannel(client, channelId, post);
      ctx.logger.info('new coverage announced', { channelId, added: report.added.length, updated: report.changed.length });
    } catch (error) {
      ctx.logger.warn('could not announce the new coverage in its channel (NEW_COVERAGE_CHANNEL_ID)', { channelId, error });
    }
  };
  const unsubscribe = ctx.engine.onReindexed((report) => {
    // A failure of one post must not stop the ones after it.
    queue = queue.then(() => announce(report)).catch((error: unknown) => ctx.logger.error('announcing new coverage failed', { error }));
  });
  return { stop: unsubscribe };
}
