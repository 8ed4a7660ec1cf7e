/**
 * The buttons under a /corpus preview (Add or Replace / Cancel), a removal (Remove / Keep it) and a restore (Restore / Cancel): the private
 * message they are on is replaced by what is being done, then by the outcome (or why it failed). The moderator rule is checked again here: roles
 * can change between the preview and the click.
 * Each change is recorded by CorpusAdmin and, when CORPUS_LOG_CHANNEL_ID is set, posted there.
 */
import type { ButtonInteraction } from 'discord.js';
import type { CorpusChange } from '../../corpus/admin/change-log.ts';
import type { AddedBy } from '../../corpus/admin/document-file.ts';
import { UserError } from '../../errors.ts';
import { actingUser } from '../commands/corpus.ts';
import { requireModerator } from '../moderators.ts';
import type { BotContext } from '../context.ts';
import type { PendingCorpusAction } from '../corpus-pending.ts';
import { answerError } from './answer-error.ts';
import { decodeCorpusButton, formatAdded, formatBatchAdded, formatChangePost, formatCorpusWorking, formatRemoved, formatReplaced, formatRestored } from '../format/corpus.ts';
import { deferUpdate, editDeferredReply, postToChannel, updateMessage, type ReplyPayload } from '../replies.ts';

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
  // The preview (or the question) is replaced by what is being done, then by the outcome, so its
  // buttons cannot be pressed twice.
  await deferUpdate(interaction);
  await editDeferredReply(interaction, formatCorpusWorking(pending, id.action === 'replace')).catch((error: unknown) =>
    ctx.logger.debug('could not show what the corpus change is doing', { error }),
  );
  let done: { outcome: ReplyPayload; changes: CorpusChange[] };
  try {
    done = await perform(id.action, pending, by, ctx);
  } catch (error) {
    // In place of the line saying what was being done (a follow-up would leave it there for ever).
    await answerError(interaction, error, `corpus button ${id.action}`, ctx, { inPlace: true });
    return;
  }
  await editDeferredReply(interaction, done.outcome);
  for (const change of done.changes) await announce(interaction, ctx, change);
}

/** The change a button asks for, done: what to tell the moderator, and the changes to post in the log channel. */
async function perform(action: string, pending: PendingCorpusAction, by: AddedBy, ctx: BotContext): Promise<{ outcome: ReplyPayload; changes: CorpusChange[] }> {
  if (action === 'add' && pending.kind === 'add') {
    if (pending.preview.duplicate) throw new UserError('PREVIEW_EXPIRED');
    const result = await ctx.corpus.add(pending.preview, by);
    ctx.logger.info('corpus document added', { docId: result.docId, userId: by.userId, sentences: result.sentences, seconds: result.seconds });
    return { outcome: formatAdded(pending.preview, result), changes: [result.change] };
  }
  if (action === 'add' && pending.kind === 'add-many') {
    const result = await ctx.corpus.addMany(pending.previews, by);
    ctx.logger.info('corpus documents added', { docIds: result.added.map((a) => a.docId), skipped: result.skipped.length, userId: by.userId, seconds: result.seconds });
    if (result.stopped) ctx.logger.error('adding several documents stopped part way', { added: result.added.length, of: pending.previews.length, error: result.stopped.error });
    return { outcome: formatBatchAdded(result), changes: result.added.map((a) => a.change) };
  }
  if (action === 'replace' && pending.kind === 'add') {
    if (!pending.preview.replaces) throw new UserError('PREVIEW_EXPIRED');
    const result = await ctx.corpus.replace(pending.preview, by);
    ctx.logger.info('corpus document replaced', { docId: result.docId, replaced: result.replaced.docId, userId: by.userId, sentences: result.sentences, trashedAs: result.trashedAs, seconds: result.seconds });
    return { outcome: formatReplaced(pending.preview, result), changes: [result.change] };
  }
  if (action === 'remove' && pending.kind === 'remove') {
    const result = await ctx.corpus.remove(pending.docId, by);
    ctx.logger.info('corpus document removed', { docId: result.docId, userId: by.userId, trashedAs: result.trashedAs, seconds: result.seconds });
    return { outcome: formatRemoved(result), changes: [result.change] };
  }
  if (action === 'restore' && pending.kind === 'restore') {
    const result = await ctx.corpus.restore(pending.preview, by);
    ctx.logger.info('corpus document restored', { docId: result.docId, from: result.change.restoredFrom, displaced: result.displaced?.docId, userId: by.userId, seconds: result.seconds });
    return { outcome: formatRestored(result), changes: [result.change] };
  }
  throw new UserError('UNKNOWN_BUTTON');
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
