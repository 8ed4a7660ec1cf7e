/** /ask question:<text ≤ 500> [private:<bool>] — the best passages, quoted and cited. */
import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { answerEachQuestion, checkRateLimit } from '../ask-flow.ts';
import { MAX_QUESTION_LENGTH, validateQuestion } from '../../retrieval/validate-question.ts';
import { withoutTokens } from '../questions.ts';
import { deferInteraction, replyToInteraction, respondWithChoices, LIMITS } from '../replies.ts';
import type { Command } from './command.ts';

export const ask = {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask a question about the event; get the passages of the coverage that answer it.')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addStringOption((option) =>
      option
        .setName('question')
        .setDescription('Your question, e.g. "How long was the call?"')
        .setRequired(true)
        .setMaxLength(MAX_QUESTION_LENGTH)
        .setAutocomplete(true),
    )
    .addBooleanOption((option) => option.setName('private').setDescription('Only you see the answer (default: everyone in the channel)')),

  async execute(interaction, ctx) {
    // Checks that may refuse come before deferring, so a refusal is private whatever `private` says.
    const question = validateQuestion(withoutTokens(interaction.options.getString('question', true)));
    checkRateLimit(ctx, interaction.user.id);
    const ephemeral = interaction.options.getBoolean('private') ?? false;
    await deferInteraction(interaction, ephemeral);
    // Two questions in one ("How long was the call? Who started it?"): the second answer follows the first.
    const request = { question, key: interaction.id, offset: 0, ephemeral, source: 'slash', userId: interaction.user.id, guildId: interaction.guildId } as const;
    await answerEachQuestion(ctx, request, (payload) => replyToInteraction(interaction, payload));
  },

  async autocomplete(interaction, ctx) {
    const typed = interaction.options.getFocused();
    await respondWithChoices(interaction, ctx.engine.suggest(typed, LIMITS.choices));
  },
} satisfies Command;
