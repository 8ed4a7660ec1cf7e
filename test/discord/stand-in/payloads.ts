/**
 * Gateway and REST payloads shaped like Discord's (API v10): users, the test guild with its roles,
 * channels and members, interactions, messages. Only plain JSON: the real discord.js parses them.
 */
import { snowflake } from './snowflake.ts';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };
export type JsonObject = { [key: string]: Json | undefined };

/** Permission bits used by the stand-in (same values as Discord's). */
export const PERMISSIONS = {
  CreateInstantInvite: 1n << 0n,
  Administrator: 1n << 3n,
  ManageGuild: 1n << 5n,
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  ReadMessageHistory: 1n << 16n,
  MentionEveryone: 1n << 17n,
  UseApplicationCommands: 1n << 31n,
  SendMessagesInThreads: 1n << 38n,
} as const;

export const EVERYONE_PERMISSIONS =
  PERMISSIONS.CreateInstantInvite |
  PERMISSIONS.AddReactions |
  PERMISSIONS.ViewChannel |
  PERMISSIONS.SendMessages |
  PERMISSIONS.EmbedLinks |
  PERMISSIONS.ReadMessageHistory |
  PERMISSIONS.UseApplicationCommands |
  PERMISSIONS.SendMessagesInThreads;

export interface Persona {
  id: string;
  username: string;
  bot?: boolean;
  /** Role ids in the test guild (besides @everyone); null when not a member. */
  roles: string[] | null;
}

export interface RoleSpec {
  id: string;
  name: string;
  permissions: bigint;
  position: number;
}

export function userObject(persona: Persona): JsonObject {
  return {
    id: persona.id,
    username: persona.username,
    discriminator: '0',
    global_name: persona.bot ? null : persona.username,
    avatar: null,
    public_flags: 0,
    ...(persona.bot ? { bot: true } : {}),
  };
}

export function memberObject(persona: Persona, joinedAt: string, permissions?: bigint): JsonObject {
  return {
    user: userObject(persona),
    roles: persona.roles ?? [],
    joined_at: joinedAt,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    nick: null,
    avatar: null,
    premium_since: null,
    communication_disabled_until: null,
    ...(permissions !== undefined ? { permissions: permissions.toString() } : {}),
  };
}

export function roleObject(role: RoleSpec): JsonObject {
  return {
    id: role.id,
    name: role.name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: role.position,
    permissions: role.permissions.toString(),
    managed: false,
    mentionable: false,
    flags: 0,
  };
}

export function textChannelObject(id: string, guildId: string, name: string): JsonObject {
  return {
    id,
    type: 0,
    guild_id: guildId,
    name,
    position: 0,
    permission_overwrites: [],
    parent_id: null,
    topic: null,
    nsfw: false,
    rate_limit_per_user: 0,
    last_message_id: null,
    flags: 0,
  };
}

/** A public thread (type 11) started from a message: Discord gives it the message's id. */
export function threadChannelObject(options: { id: string; guildId: string; parentId: string; ownerId: string; name: string; autoArchiveDuration: number }): JsonObject {
  return {
    id: options.id,
    type: 11,
    guild_id: options.guildId,
    parent_id: options.parentId,
    owner_id: options.ownerId,
    name: options.name,
    last_message_id: null,
    rate_limit_per_user: 0,
    message_count: 0,
    member_count: 1,
    flags: 0,
    thread_metadata: {
      archived: false,
      auto_archive_duration: options.autoArchiveDuration,
      archive_timestamp: new Date().toISOString(),
      locked: false,
      create_timestamp: new Date().toISOString(),
    },
  };
}

export function dmChannelObject(id: string, recipient: Persona): JsonObject {
  return { id, type: 1, last_message_id: null, flags: 0, recipients: [userObject(recipient)] };
}

export function guildCreateObject(options: {
  id: string;
  name: string;
  ownerId: string;
  roles: RoleSpec[];
  channels: JsonObject[];
  members: JsonObject[];
  joinedAt: string;
}): JsonObject {
  return {
    id: options.id,
    name: options.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: options.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 1,
    explicit_content_filter: 0,
    roles: options.roles.map(roleObject),
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    safety_alerts_channel_id: null,
    // GUILD_CREATE-only fields
    joined_at: options.joinedAt,
    large: false,
    unavailable: false,
    member_count: options.members.length,
    voice_states: [],
    members: options.members,
    channels: options.channels,
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** A message as Discord returns it (REST) or dispatches it (MESSAGE_CREATE). */
export function messageObject(options: {
  id?: string;
  channelId: string;
  guildId?: string | null;
  author: JsonObject;
  member?: JsonObject;
  content: string;
  embeds?: Json[];
  components?: Json[];
  mentions?: JsonObject[];
  mentionEveryone?: boolean;
  flags?: number;
  type?: number;
  messageReference?: JsonObject;
  /** The message replied to (Discord sends it whole with a reply). */
  referencedMessage?: JsonObject;
  webhookId?: string;
  applicationId?: string;
  channelType?: number;
}): JsonObject {
  return {
    id: options.id ?? snowflake(),
    channel_id: options.channelId,
    ...(options.guildId ? { guild_id: options.guildId } : {}),
    author: options.author,
    ...(options.member ? { member: options.member } : {}),
    content: options.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: options.mentionEveryone ?? false,
    mentions: options.mentions ?? [],
    mention_roles: [],
    attachments: [],
    embeds: options.embeds ?? [],
    components: options.components ?? [],
    pinned: false,
    type: options.type ?? 0,
    flags: options.flags ?? 0,
    ...(options.messageReference ? { message_reference: options.messageReference } : {}),
    ...(options.referencedMessage ? { referenced_message: options.referencedMessage } : {}),
    ...(options.webhookId ? { webhook_id: options.webhookId } : {}),
    ...(options.applicationId ? { application_id: options.applicationId } : {}),
    ...(options.channelType !== undefined ? { channel_type: options.channelType } : {}),
  };
}
