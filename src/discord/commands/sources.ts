/**
 * /sources [days] — the documents in the index, the model, when it was last indexed, and the question
 * log's totals for the period (questions asked, the share answered, 👍 / 👎). In a server the totals
 * count that server's questions; in a DM, every question.
 */
import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { formatSources, type SourcesTotals } from '../format/admin.ts';
import { lastDays } from '../../question-log/question-log.ts';
import { replyToInteraction } from '../replies.ts';
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
    const info = ctx.engine.sources();
    const days = Math.min(interaction.options.getInteger('days') ?? ctx.questionLog.retentionDays, ctx.questionLog.retentionDays);
    let totals: SourcesTotals | null = null;
    try {
      totals = { days, ...ctx.questionLog.totals(lastDays(days, ctx.now(), interaction.inGuild() ? interaction.guildId : undefined)) };
    } catch (error) {
      ctx.logger.warn('question totals unavailable', { error });
    }
    await replyToInteraction(interaction, formatSources(info, totals));
  },
} satisfies Command;
