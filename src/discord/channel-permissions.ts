/**
 * Whether the bot can answer a message where it was asked, from its permissions in that channel.
 * A server may keep the bot out of a channel on purpose (no Send Messages there): a mention there
 * is left unanswered, quietly, rather than failing with an error each time. Without Embed Links a
 * reply would arrive with its passages silently dropped by Discord: the member is told what the
 * bot lacks instead. Pure.
 */
import { PermissionFlagsBits, type PermissionsBitField } from 'discord.js';

/** A channel the bot may not reply in is noted in the log once an hour, not at every mention there. */
export const DEFAULT_SILENT_CHANNELS = { maxEntries: 1000, ttlMs: 60 * 60 * 1000 };

export interface ChannelFitness {
  /** It cannot reply here at all (it may not see the channel, send in it, or read its history, which a reply needs). */
  cannotReply: boolean;
  /** What it lacks to show an answer, by the names server settings give them. */
  missing: string[];
}

const TO_SHOW_ANSWERS: readonly [bigint, string][] = [[PermissionFlagsBits.EmbedLinks, 'Embed Links']];

/** `permissions` null (not known: the bot's member not cached) is taken as enough, as before this check. */
export function channelFitness(permissions: Readonly<PermissionsBitField> | null, inThread: boolean): ChannelFitness {
  if (!permissions) return { cannotReply: false, missing: [] };
  const send = inThread ? PermissionFlagsBits.SendMessagesInThreads : PermissionFlagsBits.SendMessages;
  const cannotReply = ![PermissionFlagsBits.ViewChannel, send, PermissionFlagsBits.ReadMessageHistory].every((p) => permissions.has(p));
  return { cannotReply, missing: TO_SHOW_ANSWERS.filter(([p]) => !permissions.has(p)).map(([, name]) => name) };
}

/** What a member is told where the bot can reply but not show an answer. */
export function missingPermissionsNote(missing: readonly string[]): string {
  const names = missing.map((m) => `**${m}**`).join(' and ');
  return `I can't show answers in this channel: I need the ${names} permission here. A server admin can grant it in this channel's settings (Permissions), or ask me in a DM.`;
}
