/**
 * Which servers the bot serves. Every server it is in shares its one corpus, and anyone holding its
 * invite link can add it to a server they manage — and be a moderator there, whose /corpus add and
 * remove change what every server is answered from. ALLOWED_GUILD_IDS names the servers it serves: it leaves any other as soon as it sees it,
 * and answers nothing from one meanwhile.
 */
import { Events, type Client, type Guild } from 'discord.js';
import type { Logger } from '../log.ts';

/** Whether a message or interaction from `guildId` (null: a DM) is served. */
export function servesGuild(guildId: string | null, allowed: readonly string[]): boolean {
  return guildId === null || allowed.length === 0 || allowed.includes(guildId);
}

/** Leave the servers not allowed, now and whenever the bot is added to one; with no list, warn while it is public and once it is in several. */
export function watchServers(client: Client<true>, allowed: readonly string[], logger: Logger): void {
  const check = async (guild: Guild) => {
    if (servesGuild(guild.id, allowed)) return;
    try {
      await guild.leave();
      logger.warn('left a server not in ALLOWED_GUILD_IDS', { guildId: guild.id, name: guild.name ?? null });
    } catch (error) {
      logger.error('could not leave a server not in ALLOWED_GUILD_IDS', { guildId: guild.id, error });
    }
  };
  let warnedAt = 1;
  const warnIfShared = () => {
    const servers = client.guilds.cache.size;
    if (allowed.length > 0 || servers <= warnedAt) return;
    warnedAt = servers;
    logger.warn('the bot is in several servers: the moderators of each manage the one corpus they all share', {
      servers,
      hint: 'set ALLOWED_GUILD_IDS to the servers it should serve (it leaves the others), and turn "Public Bot" off in the Developer Portal',
    });
  };
  for (const guild of client.guilds.cache.values()) void check(guild);
  warnIfShared();
  if (allowed.length === 0) void warnIfPublic(client, logger);
  client.on(Events.GuildCreate, (guild) => {
    logger.info('added to a server', { guildId: guild.id, name: guild.name });
    void check(guild);
    warnIfShared();
  });
}

/** With no list, a public bot (the Developer Portal's default) can be added by anyone: said at start, before anyone has. */
async function warnIfPublic(client: Client<true>, logger: Logger): Promise<void> {
  try {
    const application = await client.application.fetch();
    if (application.botPublic) {
      logger.warn('the bot is public: anyone with its invite link can add it to a server they manage and be a moderator of its corpus there', {
        hint: 'set ALLOWED_GUILD_IDS to the servers it should serve, or turn "Public Bot" off in the Developer Portal (Bot)',
      });
    }
  } catch (error) {
    logger.debug('could not read whether the bot is public', { error });
  }
}
