/**
 * /gaps [days] — moderators only, enforced twice like /reindex: the questions of the period that the
 * coverage did not serve (refused, voted 👎, or answered about a thing it never mentions), grouped by
 * topic, largest first — what to add next.
 * In a server it covers that server's questions; in a DM (owners) every question.
 */
import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from 'discord.js';
import { formatGaps } from '../format/gaps.ts';
import { gapsReport } from '../gaps-report.ts';
import { deferInteraction, replyToInteraction } from '../replies.ts';
import type { Command } from './command.ts';
import { requireModerator } from '../moderators.ts';

export const DEFAULT_GAP_DAYS = 7;

export const gaps = {
  data: new SlashCommandBuilder()
    .setName('gaps')
    .setDescription('Moderators: what members asked that the coverage did not answer, grouped by topic.')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addIntegerOption((option) =>
      option.setName('days').setDescription(`How many days back to look (default ${DEFAULT_GAP_DAYS})`).setMinValue(1).setMaxValue(3650),
    ),

  async execute(interaction, ctx) {
    requireModerator(interaction, ctx, '/gaps');
    const days = Math.min(interaction.options.getInteger('days') ?? DEFAULT_GAP_DAYS, ctx.questionLog.retentionDays);
    await deferInteraction(interaction, true);
    const report = await gapsReport(ctx, days, ctx.now(), interaction.inGuild() ? interaction.guildId : undefined);
    await replyToInteraction(interaction, formatGaps(report));
  },
} satisfies Command;
