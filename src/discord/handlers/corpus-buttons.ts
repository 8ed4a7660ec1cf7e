/**
 * The buttons under a /corpus preview (Add or Replace / Cancel), a removal (Remove / Keep it) and a restore (Restore / Cancel): the private
 * message they are on is replaced by the outcome. The moderator rule is checked again here: roles
 * can change between the preview and the click.
 * Each change is recorded by CorpusAdmin and, when CORPUS_LOG_CHANNEL_ID is set, posted there.
 */
import type { ButtonInteraction } from 'discord.js';
import type { CorpusChange } from '../../corpus/admin/change-log.ts';
import { UserError } from '../../errors.ts';
import { actingUser } from '../commands/corpus.ts';
import { requireModerator } from '../commands/reindex.ts';
import type { BotContext } from '../context.ts';
import { decodeCorpusButton, formatAdded, formatBatchAdded, formatChangePost, formatRemoved, formatReplaced, formatRestored } from '../format/corpus.ts';
import { deferUpdate, postToChannel, replyToInteraction, updateMessage } from '../replies.ts';

export async function handleCorpusButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const id = decodeCorpusButton(interaction.customId);
  if (!id) throw new UserError('UNKNOWN_BUTTON');
  requireModerator(interaction, ctx, `corpus button ${id.action}`);
  const pending = ctx.pendingCorpus.take(id.key);
  if (!pending || pending.userId !== interaction.user.id) throw new UserError('PREVIEW_EXPIRED');
  const by = actingUser(interaction);

  if (id.action === 'cancel' || id.action === 'keep') {
    const cancelled = pending.kind === 'restore' ? 'Cancelled — nothing was restored.' : 'Cancelled — nothing was added.';
    await updateMessage(interaction, { content: id.action === 'cancel' ? cancelled : 'Kept — nothing was removed.' });
    return;
  }
  // The preview (or the question) is replaced by the outcome, so its buttons cannot be pressed twice.
  await deferUpdate(interaction);
  if (id.action === 'add' && pending.kind === 'add') {
    if (pending.preview.duplicate) throw new UserError('PREVIEW_EXPIRED');
    const result = await ctx.corpus.add(pending.preview, by);
    ctx.logger.info('corpus document added', { docId: result.docId, userId: by.userId, sentences: result.sentences, seconds: result.seconds });
    await replyToInteraction(interaction, formatAdded(pending.preview, result));
    await announce(interaction, ctx, result.change);
  } else if (id.action === 'add' && pending.kind === 'add-many') {
    const result = await ctx.corpus.addMany(pending.previews, by);
    ctx.logger.info('corpus documents added', { docIds: result.added.map((a) => a.docId), skipped: result.skipped.length, userId: by.userId, seconds: result.seconds });
    if (result.stopped) ctx.logger.error('adding several documents stopped part way', { added: result.added.length, of: pending.previews.length, error: result.stopped.error });
    await replyToInteraction(interaction, formatBatchAdded(result));
    for (const added of result.added) await announce(interaction, ctx, added.change);
  } else if (id.action === 'replace' && pending.kind === 'add') {
    if (!pending.preview.replaces) throw new UserError('PREVIEW_EXPIRED');
    const result = await ctx.corpus.replace(pending.preview, by);
    ctx.logger.info('corpus document replaced', { docId: result.docId, replaced: result.replaced.docId, userId: by.userId, sentences: result.sentences, trashedAs: result.trashedAs, seconds: result.seconds });
    await replyToInteraction(interaction, formatReplaced(pending.preview, result));
    await announce(interaction, ctx, result.change);
  } else if (id.action === 'remove' && pending.kind === 'remove') {
    const result = await ctx.corpus.remove(pending.docId, by);
    ctx.logger.info('corpus document removed', { docId: result.docId, userId: by.userId, trashedAs: result.trashedAs, seconds: result.seconds });
    await replyToInteraction(interaction, formatRemoved(result));
    await announce(interaction, ctx, result.change);
  } else if (id.action === 'restore' && pending.kind === 'restore') {
    const result = await ctx.corpus.restore(pending.preview, by);
    ctx.logger.info('corpus document restored', { docId: result.docId, from: result.change.restoredFrom, displaced: result.displaced?.docId, userId: by.userId, seconds: result.seconds });
    await replyToInteraction(interaction, formatRestored(result));
    await announce(interaction, ctx, result.change);
  } else {
    throw new UserError('UNKNOWN_BUTTON');
  }
}

/** Post the change just recorded in the log channel; a failure there is logged, not shown to the moderator. */
async function announce(interaction: ButtonInteraction, ctx: BotContext, change: CorpusChange): Promise<void> {
  const channelId = ctx.config.corpus.logChannelId;
  if (!channelId) return;
  try {
    await postToChannel(interaction.client, channelId, formatChangePost(change));
  } catch (error) {
    ctx.logger.warn('could not post the corpus change to the log channel', { channelId, error });
  }
}
