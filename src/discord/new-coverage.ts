/**
 * New coverage announced (NEW_COVERAGE_CHANNEL_ID): after each reindex that adds documents or updates
 * one — from /corpus, /reindex or a change to the corpus folder — the bot tells members in that
 * channel what there is now to ask about, as a news feed would. One post a reindex, however many
 * callers shared it; removals are not announced, nor is the index built at start (a first start would
 * announce the whole corpus, a model change every document).
 */
import type { Client } from 'discord.js';
import { recentLatestChanges } from '../corpus/admin/change-log.ts';
import type { DocumentInfo, ReindexReport } from '../engine/types.ts';
import { channelPoster } from './channel-poster.ts';
import type { BotContext } from './context.ts';
import { formatNewCoverage, type CoverageNews } from './format/new-coverage.ts';

export interface NewCoverageAnnouncer {
  stop(): void;
}

/**
 * A document a moderator just restored (`/corpus restore`: its latest change, and recent) is no new
 * coverage: it is back, or back to an earlier version. A change log that cannot be read leaves them
 * told as added and updated.
 */
async function withRestores(ctx: BotContext, added: DocumentInfo[], changed: DocumentInfo[]): Promise<CoverageNews> {
  const changes = await ctx.corpus.changeLog.read().catch((error: unknown) => {
    ctx.logger.warn('could not read the corpus change log to tell restored documents', { error });
    return [];
  });
  const recent = recentLatestChanges(changes, ctx.now());
  const restored = (d: DocumentInfo) => {
    const change = recent.get(d.docId);
    return change?.action === 'restore' && change.docId === d.docId;
  };
  return {
    added: added.filter((d) => !restored(d)),
    back: added.filter(restored),
    updated: changed.filter((d) => !restored(d)),
    restored: changed.filter(restored),
  };
}

export function announceNewCoverage(client: Client<true>, ctx: BotContext, channelId: string): NewCoverageAnnouncer {
  const post = channelPoster(client, channelId, ctx.logger, 'could not announce the new coverage in its channel (NEW_COVERAGE_CHANNEL_ID)');
  const onReindexed = (report: ReindexReport) => {
    if (!report.added.length && !report.changed.length) return;
    // Read now, while the serving index is the one the report describes: its documents' titles, links and dates.
    const documents = new Map(ctx.engine.sources().documents.map((d) => [d.docId, d]));
    const added = report.added.flatMap((id) => documents.get(id) ?? []);
    const changed = report.changed.flatMap((id) => documents.get(id) ?? []);
    post(
      async () => formatNewCoverage(await withRestores(ctx, added, changed)),
      () => ctx.logger.info('new coverage announced', { channelId, added: report.added.length, updated: report.changed.length }),
    );
  };
  return { stop: ctx.engine.onReindexed(onReindexed) };
}
