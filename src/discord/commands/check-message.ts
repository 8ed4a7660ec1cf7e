/**
 * "Check with the coverage", in a message's menu (Apps → …): what a member read in the channel,
 * checked against the coverage — the message's words asked as a statement to check ("The call
 * lasted an hour, is that right?"), or as they are when they ask something already. The answer is
 * private: checking someone's message is the checker's business.
 */
import { ApplicationCommandType, ApplicationIntegrationType, ContextMenuCommandBuilder, InteractionContextType } from 'discord.js';
import { answerQuestion, checkRateLimit } from '../ask-flow.ts';
import { CHECK_MESSAGE_COMMAND, claimToCheck } from '../questions.ts';
import { deferInteraction, replyToInteraction } from '../replies.ts';
import type { MessageCommand } from './command.ts';

export const checkMessage = {
  data: new ContextMenuCommandBuilder()
    .setName(CHECK_MESSAGE_COMMAND)
    .setType(ApplicationCommandType.Message)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall),

  async execute(interaction, ctx) {
    // Refusals come before deferring, so they are as private as the answer.
    const question = claimToCheck(interaction.targetMessage.content);
    checkRateLimit(ctx, interaction.user.id);
    await deferInteraction(interaction, true);
    const payload = await answerQuestion(ctx, {
      question,
      key: interaction.id,
      offset: 0,
      ephemeral: true,
      source: 'check',
      userId: interaction.user.id,
      guildId: interaction.guildId,
    });
    await replyToInteraction(interaction, payload);
  },
} satisfies MessageCommand;
