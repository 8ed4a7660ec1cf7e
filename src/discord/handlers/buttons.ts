/**
 * The buttons under an answer: More (next passages), Context (the paragraph, only to the clicker),
 * 👍 / 👎, Ask a follow-up (a thread on the answer, or how to reply to it).
 */
import type { ButtonInteraction } from 'discord.js';
import { answerQuestion, checkRateLimit, nextPageRequest } from '../ask-flow.ts';
import type { BotContext } from '../context.ts';
import { decodeButtonId } from '../custom-ids.ts';
import { UserError } from '../../errors.ts';
import type { Vote } from '../../question-log/question-log.ts';
import { formatContext } from '../format/answer.ts';
import { startFollowUp } from '../follow-up-thread.ts';
import { deferInteraction, replyToInteraction } from '../replies.ts';

export async function handleButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const id = decodeButtonId(interaction.customId);
  if (!id) throw new UserError('UNKNOWN_BUTTON');
  const entry = ctx.answers.get(id.key);
  if (!entry) throw new UserError('ANSWER_EXPIRED');

  switch (id.action) {
    case 'more': {
      checkRateLimit(ctx, interaction.user.id);
      await deferInteraction(interaction, entry.ephemeral);
      const payload = await answerQuestion(ctx, nextPageRequest(entry, interaction.id, { userId: interaction.user.id, guildId: interaction.guildId, ephemeral: entry.ephemeral }));
      await replyToInteraction(interaction, payload);
      return;
    }
    case 'follow': {
      await deferInteraction(interaction, true);
      await replyToInteraction(interaction, await startFollowUp(interaction, id.key, entry, ctx));
      return;
    }
    case 'context': {
      const paragraphs = entry.passages.map((p) => ctx.engine.context(p.citation));
      await replyToInteraction(interaction, formatContext(entry.passages, paragraphs, entry.offset));
      return;
    }
    case 'up':
    case 'down': {
      const vote: Vote = id.action;
      const emoji = vote === 'up' ? '👍' : '👎';
      if (entry.votes.get(interaction.user.id) === vote) {
        await replyToInteraction(interaction, { content: `You already voted ${emoji} on this answer.`, ephemeral: true });
        return;
      }
      try {
        ctx.questionLog.recordVote({
          questionId: entry.questionId,
          vote,
          votedAt: ctx.now(),
          question: entry.question,
          answered: entry.answered,
          confidence: entry.confidence,
          offset: entry.offset,
          documents: [...new Set(entry.passages.map((p) => p.citation.docId))],
          userId: interaction.user.id,
          guildId: interaction.guildId,
        });
      } catch (error) {
        // The member did nothing wrong: say the vote was not kept, so they can press it again later.
        ctx.logger.error('could not record the vote', { error, vote, key: id.key });
        await replyToInteraction(interaction, { content: `Sorry — I couldn't record your ${emoji} just now. Please try again later.`, ephemeral: true });
        return;
      }
      entry.votes.set(interaction.user.id, vote);
      ctx.logger.info('feedback', { vote, userId: interaction.user.id, key: id.key });
      await replyToInteraction(interaction, { content: `Thanks — your ${emoji} was recorded.`, ephemeral: true });
      return;
    }
  }
}
