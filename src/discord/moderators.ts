/**
 * Who may do a moderator's step, read off an interaction: the rule itself is `decideModerator`
 * (permissions.ts, pure); this applies it to who acted and where, and refuses with the message a member sees.
 */
import type { AutocompleteInteraction, ChatInputCommandInteraction, MessageComponentInteraction } from 'discord.js';
import { UserError } from '../errors.ts';
import type { BotContext } from './context.ts';
import { decideModerator, type Actor } from './permissions.ts';

type ActingInteraction = ChatInputCommandInteraction | MessageComponentInteraction | AutocompleteInteraction;

export function actorOf(interaction: ActingInteraction): Actor {
  const member = interaction.member;
  let roleIds: string[] = [];
  if (member) roleIds = Array.isArray(member.roles) ? [...member.roles] : [...member.roles.cache.keys()];
  return {
    userId: interaction.user.id,
    inGuild: interaction.inGuild(),
    permissions: interaction.inGuild() ? (interaction.memberPermissions?.bitfield ?? 0n) : null,
    roleIds,
  };
}

/** The moderator check of a moderator-only step (`what` names it in the log); throws the refusal a member sees. */
export function requireModerator(interaction: ChatInputCommandInteraction | MessageComponentInteraction, ctx: BotContext, what: string): void {
  const decision = decideModerator(actorOf(interaction), ctx.config);
  if (decision.allowed) return;
  ctx.logger.warn('moderator action refused', { what, userId: interaction.user.id, guildId: interaction.guildId, reason: decision.reason });
  throw new UserError(decision.reason === 'not-owner' ? 'NOT_OWNER' : 'NOT_MODERATOR');
}

/** Whether who acted is a moderator here (what a moderator is shown besides what a member is). */
export function isModerator(interaction: ActingInteraction, ctx: BotContext): boolean {
  return decideModerator(actorOf(interaction), ctx.config).allowed;
}
