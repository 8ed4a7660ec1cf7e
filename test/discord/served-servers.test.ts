/**
 * ALLOWED_GUILD_IDS end to end: the real discord.js client against the stand-in. Anyone with the
 * bot's invite link can add it to a server they manage, where they have Manage Server and so may
 * run /corpus on the corpus every server shares.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { servesGuild } from '../../src/discord/served-servers.ts';
import { USER_ERRORS } from '../../src/errors.ts';
import { startHarness, type Harness } from './harness.ts';

const OTHER_SERVER = '123456789012345678';
const PUBLIC = 'the bot is public: anyone with its invite link can add it to a server they manage and be a moderator of its corpus there';
let h: Harness<any> | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const leaving = (guildId: string) => (c: { method: string; path: string }) => c.method === 'DELETE' && c.path === `/users/@me/guilds/${guildId}`;
const logged = (msg: string) => h!.logLines.map((line) => JSON.parse(line)).filter((l) => l.msg === msg);

/** Until the bot has logged `msg` (it logs after Discord answered), or `ms` passed. */
async function untilLogged(msg: string, ms = 10_000): Promise<void> {
  for (const deadline = Date.now() + ms; logged(msg).length === 0 && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 25));
}

describe('servesGuild', () => {
  test('a DM is always served; with no list every server is; with one only those on it', () => {
    expect(servesGuild(null, [OTHER_SERVER])).toBe(true);
    expect(servesGuild('223456789012345678', [])).toBe(true);
    expect(servesGuild(OTHER_SERVER, [OTHER_SERVER])).toBe(true);
    expect(servesGuild('223456789012345678', [OTHER_SERVER])).toBe(false);
  });
});

describe('ALLOWED_GUILD_IDS', () => {
  test('the bot leaves a server it is added to that is not on the list, and goes on serving its own', async () => {
    h = await startHarness({ env: (standIn) => ({ ALLOWED_GUILD_IDS: standIn.guild.id }) });
    const stranger = h.standIn.joinGuild();
    await h.standIn.waitForCall(leaving(stranger.id), 10_000, 'the bot leaving the stranger\'s server');
    expect([...h.standIn.leftGuilds]).toEqual([stranger.id]);
    expect(logged(PUBLIC)).toEqual([]);
    await untilLogged('left a server not in ALLOWED_GUILD_IDS');
    expect(logged('left a server not in ALLOWED_GUILD_IDS').map((l) => l.guildId)).toEqual([stranger.id]);

    const asked = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'How long was the call?' } });
    const edit = await h.standIn.waitForOriginalEdit(asked, 10_000);
    expect(JSON.stringify(edit.body)).toContain('15-minute');
  });

  test('a server not on the list is left at start; what is sent from it meanwhile is refused, /corpus included, and mentions get no answer', async () => {
    h = await startHarness({ env: { ALLOWED_GUILD_IDS: OTHER_SERVER } });
    await h.standIn.waitForCall(leaving(h.standIn.guild.id), 10_000, 'the bot leaving the server not on its list');

    for (const interaction of [
      h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'How long was the call?' } }),
      h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'remove', options: { document: 'sheinbaum-trump-call.md' }, user: h.standIn.users.admin }),
    ]) {
      const callback = await h.standIn.waitForCallback(interaction, 10_000);
      expect(callback.body.data?.content).toBe(USER_ERRORS.NOT_SERVED_HERE);
      expect(callback.body.data?.flags).toBe(64);
    }
    const typing = h.standIn.injectAutocomplete({ name: 'ask', focused: 'question', options: { question: 'call' } });
    expect((await h.standIn.waitForCallback(typing, 10_000)).body).toEqual({ type: 8, data: { choices: [] } });
    const mention = h.standIn.injectMessage({ content: `${h.standIn.botMention} How long was the call?` });
    await h.standIn.expectNoCall((c) => c.method === 'POST' && c.body?.message_reference?.message_id === mention.id, 1_000, 'reply to a mention in a server not served');

    // A DM is no server's: still answered.
    const dm = h.standIn.injectMessage({ content: 'How long was the call?', dm: true });
    expect(JSON.stringify((await h.standIn.waitForMessageReply(dm, 10_000)).body)).toContain('15-minute');
  });

  test('without the list the bot stays in every server, and says once it is in several that share one corpus', async () => {
    h = await startHarness();
    // The stand-in's application is public, as the Developer Portal makes one by default: said at start.
    await untilLogged(PUBLIC);
    expect(logged(PUBLIC).map((l) => l.level)).toEqual(['warn']);
    expect(logged('the bot is in several servers: the moderators of each manage the one corpus they all share')).toEqual([]);
    h.standIn.joinGuild();
    await untilLogged('added to a server');
    const warnings = logged('the bot is in several servers: the moderators of each manage the one corpus they all share');
    expect(warnings.map((w) => w.servers)).toEqual([2]);
    expect(warnings[0].hint).toMatch(/ALLOWED_GUILD_IDS/);
    expect(h.standIn.leftGuilds.size).toBe(0);
  });
});
