/** Registering the slash commands (the same static list the dispatcher uses) against the stand-in. */
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { commands, messageCommands } from '../../src/discord/commands/index.ts';
import { inviteUrl, registerCommands, registrationReport } from '../../src/discord/register.ts';
import { DiscordStandIn } from './stand-in/server.ts';

let standIn: DiscordStandIn;
beforeAll(async () => {
  standIn = await DiscordStandIn.start();
});
afterAll(async () => {
  await standIn?.stop();
});

const base = () => ({ token: standIn.token, clientId: standIn.applicationId, apiUrl: standIn.apiUrl });

test('with a guild id, the commands are put to that guild (instant) with the bot token', async () => {
  const result = await registerCommands({ ...base(), guildId: standIn.guild.id });
  expect(result).toEqual({
    scope: 'guild',
    names: ['ask', 'help', 'sources', 'reindex', 'gaps', 'corpus', 'Check with the coverage'],
    labels: ['/ask', '/help', '/sources', '/reindex', '/gaps', '/corpus', 'Check with the coverage (message menu)'],
  });
  const call = await standIn.waitForCall((c) => c.method === 'PUT' && c.path === `/applications/${standIn.applicationId}/guilds/${standIn.guild.id}/commands`);
  expect(call.authorized).toBe(true);
  expect(call.body.map((c: { name: string }) => c.name)).toEqual([...commands, ...messageCommands].map((c) => c.data.name));

  const [ask, help, , reindex, gaps, corpus, check] = call.body;
  // Slash commands are type 1; "Check with the coverage" is in a message's menu (type 3), for everyone, in servers and DMs.
  expect(ask.type ?? 1).toBe(1);
  expect(check).toMatchObject({ type: 3, contexts: [0, 1] });
  expect(check.default_member_permissions ?? null).toBeNull();
  expect(ask.options[0]).toMatchObject({ name: 'question', type: 3, required: true, max_length: 500, autocomplete: true });
  expect(ask.options[1]).toMatchObject({ name: 'source', type: 3, max_length: 200, autocomplete: true });
  expect(ask.options[1].required ?? false).toBe(false);
  expect(ask.options[2]).toMatchObject({ name: 'private', type: 5 });
  expect(ask.default_member_permissions ?? null).toBeNull();
  // /help: for everyone, in servers and DMs, no options.
  expect(help).toMatchObject({ name: 'help', contexts: [0, 1] });
  expect(help.default_member_permissions ?? null).toBeNull();
  expect(help.options ?? []).toEqual([]);
  expect(reindex.default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
  expect(reindex.contexts).toEqual([0, 1]);
  // /corpus: moderators only, like /reindex; add takes a link or a file, update and remove an autocompleted document, restore an autocompleted trashed version.
  expect(corpus.default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
  expect(corpus.options.map((o: { name: string; type: number }) => [o.name, o.type])).toEqual([['add', 1], ['update', 1], ['list', 1], ['remove', 1], ['restore', 1]]);
  expect(corpus.options[0].options).toMatchObject([{ name: 'url', type: 3 }, { name: 'file', type: 11 }]);
  for (const sub of [1, 3]) expect(corpus.options[sub].options[0]).toMatchObject({ name: 'document', type: 3, required: true, autocomplete: true });
  expect(corpus.options[4].options[0]).toMatchObject({ name: 'version', type: 3, required: true, autocomplete: true });
  expect(gaps.default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
  expect(gaps.options[0]).toMatchObject({ name: 'days', type: 4, min_value: 1 });
});

test('without a guild id, the commands are registered globally', async () => {
  const result = await registerCommands({ ...base(), guildId: null });
  expect(result.scope).toBe('global');
  await standIn.waitForCall((c) => c.method === 'PUT' && c.path === `/applications/${standIn.applicationId}/commands`);
});

test('a wrong token is refused, not retried forever', async () => {
  await expect(registerCommands({ ...base(), token: 'x'.repeat(60), guildId: null })).rejects.toThrow(/401|Unauthorized/);
});

test('the invite URL asks for the bot and applications.commands scopes and only the permissions the bot uses', () => {
  const url = new URL(inviteUrl('123456789012345678'));
  expect(url.searchParams.get('client_id')).toBe('123456789012345678');
  expect(url.searchParams.get('scope')).toBe('bot applications.commands');
  const permissions = BigInt(url.searchParams.get('permissions')!);
  expect(permissions & PermissionFlagsBits.Administrator).toBe(0n);
  expect(permissions & PermissionFlagsBits.ManageGuild).toBe(0n);
  expect(permissions & PermissionFlagsBits.SendMessages).toBe(PermissionFlagsBits.SendMessages);
});

test('npm run register prints where the commands went and the invite URL, and, with no ALLOWED_GUILD_IDS, that whoever adds the bot moderates the shared corpus', () => {
  const result = { scope: 'global' as const, names: ['ask', 'gaps'], labels: ['/ask', '/gaps'] };
  const open = registrationReport(result, { clientId: '123456789012345678', guildId: null, allowedGuildIds: [] });
  expect(open.slice(0, 2)).toEqual(['Registered 2 commands globally: /ask, /gaps', `Invite the bot with: ${inviteUrl('123456789012345678')}`]);
  expect(open[2]).toMatch(/^Note: whoever adds the bot to a server they manage is a moderator there.*Set ALLOWED_GUILD_IDS.*"Public Bot" off/);
  const guarded = registrationReport({ ...result, scope: 'guild' }, { clientId: '123456789012345678', guildId: '223456789012345678', allowedGuildIds: ['223456789012345678'] });
  expect(guarded).toEqual([
    'Registered 2 commands to server 223456789012345678: /ask, /gaps',
    'Note: server commands are not offered in DMs; register globally for /ask and /reindex in DMs.',
    `Invite the bot with: ${inviteUrl('123456789012345678')}`,
  ]);
});
