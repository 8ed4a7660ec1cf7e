/**
 * ◂ Previous / Next ▸ under /sources and /corpus list: the list is made again and the page asked for
 * shown. A private list (/corpus list, or a page of /sources already turned) turns in place; the
 * public /sources answers whoever pressed with that page privately, so that one member's paging does
 * not change what the channel sees. /corpus list's buttons check the moderator rule again.
 */
import { MessageFlags, type ButtonInteraction } from 'discord.js';
import { UserError } from '../../errors.ts';
import { sourcesReply } from '../commands/sources.ts';
import type { BotContext } from '../context.ts';
import { formatCorpusList } from '../format/corpus.ts';
import { decodePageButton } from '../format/pages.ts';
import { requireModerator } from '../moderators.ts';
import { replyToInteraction, updateMessage, type ReplyPayload } from '../replies.ts';

export async function handlePageButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const id = decodePageButton(interaction.customId);
  if (!id) throw new UserError('UNKNOWN_BUTTON');
  let page: ReplyPayload;
  if (id.list === 'corpus') {
    requireModerator(interaction, ctx, 'corpus list page');
    const { documents, changes, skipped } = await ctx.corpus.list();
    page = formatCorpusList(documents, changes, skipped, id.page);
  } else {
    page = sourcesReply(ctx, id.days, interaction.guildId, id.page);
  }
  if (interaction.message.flags.has(MessageFlags.Ephemeral)) await updateMessage(interaction, page);
  else await replyToInteraction(interaction, { ...page, ephemeral: true });
}
