/**
 * "Check with the coverage", in a message's menu (Apps → …): what a member read in the channel,
 * checked against the coverage — the message's words asked as a statement to check ("The call
 * lasted an hour, is that right?"), or as they are when they ask something already. The answer is
 * private: checking someone's message is the checker's business.
 */
import { ApplicationCommandType, ApplicationIntegrationType, ContextMenuCommandBuilder, InteractionContextType } from 'discord.js';
import { UserError } from '../../errors.ts';
import { statementToCheck } from '../../retrieval/check-question.ts';
import { MAX_QUESTION_LENGTH, validateQuestion } from '../../retrieval/validate-question.ts';
import { answerQuestion, checkRateLimit } from '../ask-flow.ts';
import { messageText } from '../questions.ts';
import { deferInteraction, replyToInteraction } from '../replies.ts';
import type { MessageCommand } from './command.ts';

export const CHECK_MESSAGE_COMMAND = 'Check with the coverage';

/** The question a message's text asks to check; a UserError when it has no words or is longer than a question may be. */
export function claimToCheck(content: string): string {
  const text = messageText(content);
  if (!/[\p{L}\p{N}]/u.test(text)) throw new UserError('NOTHING_TO_CHECK');
  const question = statementToCheck(text);
  if (question.length > MAX_QUESTION_LENGTH) throw new UserError('CLAIM_TOO_LONG', { length: text.length, max: MAX_QUESTION_LENGTH });
  return validateQuestion(question);
}

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
