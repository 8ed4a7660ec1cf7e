/**
 * Ask channels (ASK_CHANNEL_IDS): channels where members ask without mentioning the bot. Which
 * messages there are for the bot (`inAskChannel`; what reads as a question is `readsAsQuestion`, in
 * questions.ts), and, at start, a warning for each channel named that the bot cannot answer in — a
 * mistyped id would otherwise leave the channel silent with no word why.
 */
import { ChannelType, type Client, type Message } from 'discord.js';
import type { Logger } from '../log.ts';
import { channelFitness } from './channel-permissions.ts';

/**
 * Whether a message is in one of `askChannelIds` or a thread members opened in one, and for the
 * bot: one that mentions a member or a role, or replies to another member, is a conversation
 * between members.
 */
export function inAskChannel(message: Message<true>, askChannelIds: readonly string[]): boolean {
  if (askChannelIds.length === 0) return false;
  const channel = message.channel;
  const channelId = channel.isThread() ? channel.parentId : channel.id;
  if (channelId === null || !askChannelIds.includes(channelId)) return false;
  return !message.reference && message.mentions.users.size === 0 && message.mentions.roles.size === 0 && !message.mentions.everyone;
}

const TEXT_CHANNELS: ReadonlySet<ChannelType> = new Set([ChannelType.GuildText, ChannelType.GuildAnnouncement]);

/** Warns of each ask channel the bot cannot see, that is no text channel, or where it may not reply; then logs the ones it serves. */
export function checkAskChannels(client: Client<true>, askChannelIds: readonly string[], logger: Logger): void {
  if (askChannelIds.length === 0) return;
  for (const channelId of askChannelIds) {
    const channel = client.channels.cache.get(channelId);
    if (!channel || channel.isDMBased()) {
      logger.warn('ASK_CHANNEL_IDS names a channel the bot cannot see: check the id (right-click the channel → Copy Channel ID), that the bot is in its server, and that it may view the channel', { channelId });
    } else if (!TEXT_CHANNELS.has(channel.type)) {
      logger.warn('ASK_CHANNEL_IDS names a channel that is not a text channel (a voice channel, a category, a forum): members cannot ask there', { channelId, name: channel.name });
    } else if (channelFitness(channel.permissionsFor(client.user), false).cannotReply) {
      logger.warn('the bot may not reply in an ask channel (ASK_CHANNEL_IDS): it needs View Channel, Send Messages and Read Message History there', { channelId, name: channel.name });
    }
  }
  logger.info('ask channels on', { channelIds: askChannelIds });
}
