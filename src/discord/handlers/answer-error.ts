/**
 * The error policy of every interaction: a typed error is answered privately with its message, any
 * other is logged and answered with an apology. `inPlace` replaces the message being worked on (a
 * /corpus preview that says "⏳ Adding…"): once a deferred reply has been edited, discord.js counts
 * it as replied, and the answer would otherwise go out as a follow-up beside a line saying work goes on.
 */
import type { RepliableInteraction } from 'discord.js';
import type { UserError } from '../../errors.ts';
import type { BotContext } from '../context.ts';
import { isExpectedError, messageForError } from '../errors.ts';
import { editDeferredReply, replyToInteraction } from '../replies.ts';

export async function answerError(interaction: RepliableInteraction, error: unknown, what: string, ctx: BotContext, options: { inPlace?: boolean } = {}): Promise<void> {
  if (isExpectedError(error)) {
    ctx.logger.debug('refused', { what, code: (error as UserError).code, userId: interaction.user.id });
  } else {
    ctx.logger.error('handler failed', { what, userId: interaction.user.id, error });
  }
  const payload = { content: messageForError(error), ephemeral: true };
  try {
    await (options.inPlace ? editDeferredReply(interaction, payload) : replyToInteraction(interaction, payload));
  } catch (replyError) {
    ctx.logger.warn('could not send the error reply', { what, error: replyError });
  }
}
