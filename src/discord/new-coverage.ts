/**
 * New coverage announced (NEW_COVERAGE_CHANNEL_ID): after each reindex that adds documents or updates
 * one — from /corpus, /reindex or a change to the corpus folder — the bot tells members in that
 * channel what there is now to ask about, as a news feed would. One post a reindex, however many
 * callers shared it; removals are not announced, nor is the index built at start (a first start would
 * announce the whole corpus, a model change every document).
 */
import type { Client } from 'discord.js';
import type { ReindexReport } from '../engine/types.ts';
import { channelPoster } from './channel-poster.ts';
import type { BotContext } from './context.ts';
import { formatNewCoverage } from './format/new-coverage.ts';

export interface NewCoverageAnnouncer {
  stop(): void;
}

export function announceNewCoverage(client: Client<true>, ctx: BotContext, channelId: string): NewCoverageAnnouncer {
  const post = channelPoster(client, channelId, ctx.logger, 'could not announce the new coverage in its channel (NEW_COVERAGE_CHANNEL_ID)');
  const onReindexed = (report: ReindexReport) => {
    // Read now, while the serving index is the one the report describes: its documents' titles, links and dates.
    const documents = new Map(ctx.engine.sources().documents.map((d) => [d.docId, d]));
    const of = (ids: readonly string[]) => ids.flatMap((id) => documents.get(id) ?? []);
    const announcement = formatNewCoverage(of(report.added), of(report.changed));
    if (announcement) post(announcement, () => ctx.logger.info('new coverage announced', { channelId, added: report.added.length, updated: report.changed.length }));
  };
  return { stop: ctx.engine.onReindexed(onReindexed) };
}
