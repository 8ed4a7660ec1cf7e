/**
 * Changes made to the corpus folder by hand — a file copied in, edited or deleted on the bot's machine
 * or a mounted folder — posted in CORPUS_LOG_CHANNEL_ID as /corpus posts its own: once a reindex finds
 * them (the folder watch, /reindex), the documents /corpus is changing at that moment left out (it
 * posts those itself). Moderators then see every change of the coverage in one place. Changes found
 * at start are not posted (the bot was not running to see them made).
 */
import type { Client } from 'discord.js';
import { recentLatestChanges } from '../corpus/admin/change-log.ts';
import { COMMAND_LINE_USER_ID } from '../corpus/admin/document-file.ts';
import type { DocumentInfo, ReindexReport } from '../engine/types.ts';
import type { BotContext } from './context.ts';
import { channelPoster } from './channel-poster.ts';
import { formatFolderChangesPost, type FolderChange } from './format/corpus.ts';

export interface FolderChangesPoster {
  stop(): void;
}

const asChange = (d: DocumentInfo): FolderChange => ({ docId: d.docId, title: d.title, url: d.url, sentences: d.sentences });

/**
 * The changes, those `npm run add` made marked with who ran it: the latest change the change log
 * records of the document (or of the one it replaced) is the command line's, and recent. A log that
 * cannot be read leaves them unmarked.
 */
async function withCommandLineUsers(ctx: BotContext, lists: [FolderChange[], FolderChange[], FolderChange[]]): Promise<[FolderChange[], FolderChange[], FolderChange[]]> {
  const changes = await ctx.corpus.changeLog.read().catch((error: unknown) => {
    ctx.logger.warn('could not read the corpus change log to tell changes made with npm run add', { error });
    return [];
  });
  const recent = recentLatestChanges(changes, ctx.now());
  const mark = (d: FolderChange): FolderChange => {
    const change = recent.get(d.docId);
    return change?.userId === COMMAND_LINE_USER_ID ? { ...d, commandLineUser: change.userName } : d;
  };
  return [lists[0].map(mark), lists[1].map(mark), lists[2].map(mark)];
}

export function postFolderChanges(client: Client<true>, ctx: BotContext, channelId: string): FolderChangesPoster {
  // The documents as last indexed: a removed one is named by the title it had.
  let indexed = new Map(ctx.engine.sources().documents.map((d) => [d.docId, d]));
  const post = channelPoster(client, channelId, ctx.logger, 'could not post the corpus folder changes to the log channel (CORPUS_LOG_CHANNEL_ID)');
  const onReindexed = (report: ReindexReport) => {
    const now = new Map(ctx.engine.sources().documents.map((d) => [d.docId, d]));
    const byHand = (ids: readonly string[]) => ids.filter((id) => !ctx.corpus.isChanging(id));
    const added = byHand(report.added).flatMap((id) => (now.has(id) ? [asChange(now.get(id)!)] : []));
    const changed = byHand(report.changed).flatMap((id) => (now.has(id) ? [asChange(now.get(id)!)] : []));
    const removed = byHand(report.removed).map((id) => {
      const was = indexed.get(id);
      return was ? { ...asChange(was), sentences: null } : { docId: id, title: id, url: null, sentences: null };
    });
    indexed = now;
    if (!added.length && !changed.length && !removed.length) return;
    post(
      async () => formatFolderChangesPost(...(await withCommandLineUsers(ctx, [added, changed, removed]))),
      () => ctx.logger.info('corpus folder changes posted', { channelId, added: added.length, changed: changed.length, removed: removed.length }),
    );
  };
  return { stop: ctx.engine.onReindexed(onReindexed) };
}
