/**
 * /sources [days] — the documents in the index, the model, when it was last indexed, and the question
 * log's totals for the period (questions asked, the share answered, 👍 / 👎). In a server the totals
 * count that server's questions; in a DM, every question.
 */
import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { formatSources, type SourcesTotals } from '../format/admin.ts';
import { lastDays } from '../../question-log/question-log.ts';
import type { BotContext } from '../context.ts';
import { replyToInteraction, type ReplyPayload } from '../replies.ts';
import type { Command } from './command.ts';

export const sources = {
  data: new SlashCommandBuilder()
    .setName('sources')
    .setDescription('List the documents the answers come from, the model in use and when they were indexed.')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addIntegerOption((option) =>
      option.setName('days').setDescription('Count the questions of this many days (default: all that are kept)').setMinValue(1).setMaxValue(3650),
    ),

  async execute(interaction, ctx) {
    await replyToInteraction(interaction, sourcesReply(ctx, interaction.options.getInteger('days'), interaction.guildId, 0));
  },
} satisfies Command;

/** /sources's reply at `page` (its ◂ Previous / Next ▸ buttons make it again): in a server, that server's totals; in a DM, every question's. */
export function sourcesReply(ctx: BotContext, askedDays: number | null | undefined, guildId: string | null, page: number): ReplyPayload {
  const days = Math.min(askedDays ?? ctx.questionLog.retentionDays, ctx.questionLog.retentionDays);
  let totals: SourcesTotals | null = null;
  try {
    totals = { days, ...ctx.questionLog.totals(lastDays(days, ctx.now(), guildId ?? undefined)) };
  } catch (error) {
    ctx.logger.warn('question totals unavailable', { error });
  }
  return formatSources(ctx.engine.sources(), totals, page);
}
