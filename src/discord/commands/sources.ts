/** /sources — the documents in the index, the model, when it was last indexed, and the feedback so far. */
import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { formatSources } from '../format/admin.ts';
import { replyToInteraction } from '../replies.ts';
import type { Command } from './command.ts';

export const sources = {
  data: new SlashCommandBuilder()
    .setName('sources')
    .setDescription('List the documents the answers come from, the model in use and when they were indexed.')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall),

  async execute(interaction, ctx) {
    const info = ctx.engine.sources();
    const feedback = await ctx.feedback.summary().catch((error: unknown) => {
      ctx.logger.warn('feedback summary unavailable', { error });
      return null;
    });
    await replyToInteraction(interaction, formatSources(info, feedback));
  },
} satisfies Command;
