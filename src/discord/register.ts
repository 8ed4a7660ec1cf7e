/** Register the application commands (from the one static list): to a guild when configured (instant), else globally. */
import { ApplicationCommandType, PermissionFlagsBits, Routes, OAuth2Scopes } from 'discord.js';
import type { DiscordConfig } from '../config.ts';
import { createOneShotRest } from './check-access.ts';
import { commandDefinitions } from './commands/index.ts';
import { explainConnectionError } from './connection-errors.ts';

export interface RegistrationResult {
  scope: 'guild' | 'global';
  names: string[];
  /** Each as a member finds it: "/ask", or "Check with the coverage (message menu)". */
  labels: string[];
}

export async function registerCommands(
  config: Pick<DiscordConfig, 'token' | 'clientId' | 'guildId' | 'apiUrl'>,
  /** Give up when Discord has not answered within this time (a 429 is still waited out). */
  timeoutMs = 10_000,
): Promise<RegistrationResult> {
  const rest = createOneShotRest(config.apiUrl, timeoutMs).setToken(config.token);
  const body = commandDefinitions();
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.clientId, config.guildId)
    : Routes.applicationCommands(config.clientId);
  try {
    const registered = (await rest.put(route, { body })) as { name: string; type?: number }[];
    return {
      scope: config.guildId ? 'guild' : 'global',
      names: registered.map((c) => c.name),
      labels: registered.map((c) => (c.type === ApplicationCommandType.Message ? `${c.name} (message menu)` : `/${c.name}`)),
    };
  } catch (error) {
    throw explainConnectionError(error, { apiUrl: config.apiUrl, timeoutMs });
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

/**
 * What the bot needs in a channel: see it, send, embed links, read history (for replies), start a
 * thread on an answer for follow-ups and send in threads.
 */
export const BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory;

export function inviteUrl(clientId: string): string {
  const params = new URLSearchParams({
    client_id: clientId,
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '),
    permissions: BOT_PERMISSIONS.toString(),
  });
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}

/** What `npm run register` prints once the commands are registered (pure). */
export function registrationReport(result: RegistrationResult, discord: { clientId: string; guildId: string | null; allowedGuildIds: readonly string[] }): string[] {
  const where = result.scope === 'guild' ? `to server ${discord.guildId}` : 'globally';
  const lines = [`Registered ${result.names.length} commands ${where}: ${result.labels.join(', ')}`];
  if (result.scope === 'guild') lines.push('Note: server commands are not offered in DMs; register globally for /ask and /reindex in DMs.');
  lines.push(`Invite the bot with: ${inviteUrl(discord.clientId)}`);
  if (discord.allowedGuildIds.length === 0) {
    lines.push(
      'Note: whoever adds the bot to a server they manage is a moderator there, of the one corpus every server shares. Set ALLOWED_GUILD_IDS to your server\'s id (the bot leaves any other), and turn "Public Bot" off in the Developer Portal.',
    );
  }
  return lines;
}
