/**
 * /help — what the bot does and how to ask it, with three questions the coverage answers (those a
 * greeting offers), and the commands: a member's, and a moderator's to a moderator. Private.
 */
import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { formatHelp } from '../format/help.ts';
import { deferInteraction, replyToInteraction } from '../replies.ts';
import type { Command } from './command.ts';
import { isModerator } from '../moderators.ts';

export const help = {
  data: new SlashCommandBuilder()
    .setName('help')
    .setDescription('How to ask the bot, with questions to try, and its commands.')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall),

  async execute(interaction, ctx) {
    // The first examples after a start wait for the suggestion list (under a second at 100,000 sentences).
    await deferInteraction(interaction, true);
    // Asked as a member would ask it: the same reply in kind, with the same examples, as "help" in a DM.
    const answer = await ctx.engine.ask('help');
    // In a server, its own ask channels (a channel of another server would show as #unknown).
    const askChannels = ctx.config.askChannelIds.filter((id) => !interaction.inGuild() || interaction.guild?.channels.cache.has(id));
    await replyToInteraction(interaction, formatHelp(answer, isModerator(interaction, ctx), askChannels));
  },
} satisfies Command;
