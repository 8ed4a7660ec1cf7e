/** /ask question:<text ≤ 500> [source:<document>] [private:<bool>] — the best passages, quoted and cited. */
import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { answerEachQuestion, checkRateLimit } from '../ask-flow.ts';
import { MAX_QUESTION_LENGTH, validateQuestion } from '../../retrieval/validate-question.ts';
import { withoutTokens } from '../questions.ts';
import { deferInteraction, replyToInteraction, respondWithChoices, respondWithNamedChoices, LIMITS } from '../replies.ts';
import { chosenDocument, documentChoices } from '../document-choices.ts';
import { sourceNamed } from '../../retrieval/source-named.ts';
import type { Command } from './command.ts';

/** A document's title or id, as typed or picked. */
const MAX_SOURCE_LENGTH = 200;

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
    .addStringOption((option) =>
      option
        .setName('source')
        .setDescription('Search only this document of the coverage (default: all of them)')
        .setMaxLength(MAX_SOURCE_LENGTH)
        .setAutocomplete(true),
    )
    .addBooleanOption((option) => option.setName('private').setDescription('Only you see the answer (default: everyone in the channel)')),

  async execute(interaction, ctx) {
    // Checks that may refuse come before deferring, so a refusal is private whatever `private` says.
    const question = validateQuestion(withoutTokens(interaction.options.getString('question', true)));
    // A source typed rather than picked is read as the engine reads it; one naming no document costs no question of the rate limit.
    const typed = interaction.options.getString('source')?.trim() || undefined;
    // sources() counts the index's sentences: asked once.
    const documents = typed === undefined ? [] : ctx.engine.sources().documents;
    const within = typed === undefined ? undefined : chosenDocument(documents, typed);
    if (within !== undefined) sourceNamed(documents, within);
    checkRateLimit(ctx, interaction.user.id);
    const ephemeral = interaction.options.getBoolean('private') ?? false;
    await deferInteraction(interaction, ephemeral);
    // Two questions in one ("How long was the call? Who started it?"): the second answer follows the first.
    const request = { question, key: interaction.id, offset: 0, ephemeral, source: 'slash', userId: interaction.user.id, guildId: interaction.guildId, ...(within ? { within } : {}) } as const;
    await answerEachQuestion(ctx, request, (payload) => replyToInteraction(interaction, payload));
  },

  async autocomplete(interaction, ctx) {
    const focused = interaction.options.getFocused(true);
    if (focused.name === 'source') await respondWithNamedChoices(interaction, documentChoices(ctx.engine.sources().documents, focused.value));
    else await respondWithChoices(interaction, ctx.engine.suggest(focused.value, LIMITS.choices));
  },
} satisfies Command;
