/**
 * Who may run moderator-only commands, as a pure decision over plain data.
 * Enforced at run time in addition to the command's default_member_permissions, which server
 * admins can override.
 */
import { PermissionFlagsBits } from 'discord.js';

export interface Actor {
  userId: string;
  /** False in a DM with the bot. */
  inGuild: boolean;
  /** The member's permissions in the channel as Discord computed them; null outside a guild. */
  permissions: bigint | null;
  roleIds: readonly string[];
}

export interface ModeratorPolicy {
  modRoleIds: readonly string[];
  ownerIds: readonly string[];
}

export type ModeratorDecision =
  | { allowed: true; reason: 'manage-guild' | 'mod-role' | 'owner' }
  | { allowed: false; reason: 'not-moderator' | 'not-owner' };

/** In a server: Manage Server (or Administrator), or a role in MOD_ROLE_IDS. In a DM: OWNER_IDS only. */
export function decideModerator(actor: Actor, policy: ModeratorPolicy): ModeratorDecision {
  if (!actor.inGuild) {
    return policy.ownerIds.includes(actor.userId) ? { allowed: true, reason: 'owner' } : { allowed: false, reason: 'not-owner' };
  }
  const permissions = actor.permissions ?? 0n;
  if ((permissions & (PermissionFlagsBits.ManageGuild | PermissionFlagsBits.Administrator)) !== 0n) {
    return { allowed: true, reason: 'manage-guild' };
  }
  if (actor.roleIds.some((role) => policy.modRoleIds.includes(role))) return { allowed: true, reason: 'mod-role' };
  return { allowed: false, reason: 'not-moderator' };
}
