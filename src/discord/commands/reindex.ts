/**
 * /reindex — moderators only, enforced twice: default_member_permissions = Manage Server at
 * registration, and `decideModerator` when it runs (server admins can override the first).
 * The engine reindexes incrementally, keeps answering from the old index, and swaps atomically.
 */
import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { isUserError, UserError } from '../../errors.ts';
import type { BotContext } from '../context.ts';
import { formatReindexProgress, formatReindexReport } from '../format/admin.ts';
import { requireModerator } from '../moderators.ts';
import { deferInteraction, editDeferredReply } from '../replies.ts';
import type { Command } from './command.ts';

/** How often a running /reindex's reply is edited with its progress, at most (Discord's rate limits, and the reader's eye). */
const PROGRESS_EDIT_EVERY_MS = 2000;

/**
 * Edits of the deferred reply with the reindex's progress: the first phase at once, then at most one
 * edit every PROGRESS_EDIT_EVERY_MS and never two at a time. `settled` waits for the last one, so the
 * report is never overwritten by a late progress line.
 */
function progressEdits(interaction: ChatInputCommandInteraction, ctx: BotContext) {
  let last = -Infinity;
  let pending: Promise<void> = Promise.resolve();
  let busy = false;
  return {
    report(phase: string, done: number, total: number): void {
      const now = ctx.now();
      if (busy || now - last < PROGRESS_EDIT_EVERY_MS) return;
      last = now;
      busy = true;
      pending = editDeferredReply(interaction, formatReindexProgress(phase, done, total))
        .catch((error: unknown) => ctx.logger.debug('could not show the reindex progress', { error }))
        .finally(() => {
          busy = false;
        });
    },
    settled: () => pending,
  };
}

async function runReindex(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  ctx.logger.info('reindex started', { userId: interaction.user.id, guildId: interaction.guildId });
  const progress = progressEdits(interaction, ctx);
  try {
    const report = await ctx.engine.reindex({ onProgress: progress.report }).finally(progress.settled);
    ctx.logger.info('reindex finished', {
      added: report.added.length,
      changed: report.changed.length,
      removed: report.removed.length,
      seconds: report.seconds,
    });
    await editDeferredReply(interaction, formatReindexReport(report));
  } catch (error) {
    const userError = isUserError(error)
      ? error
      : new UserError('REINDEX_FAILED', { detail: 'an unexpected error (the details are in the bot log)' });
    ctx.logger.error('reindex failed', { error });
    await editDeferredReply(interaction, { content: userError.message, ephemeral: true });
  }
}

export const reindex = {
  data: new SlashCommandBuilder()
    .setName('reindex')
    .setDescription('Moderators: re-read the corpus and update the index (answers continue meanwhile).')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall),

  async execute(interaction, ctx) {
    requireModerator(interaction, ctx, '/reindex');
    await deferInteraction(interaction, true);
    await runReindex(interaction, ctx);
  },
} satisfies Command;
