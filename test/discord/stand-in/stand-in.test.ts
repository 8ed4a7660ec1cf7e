/** The stand-in itself: it records what discord.js sends (JSON and multipart) and enforces Discord's rules. */
import { REST, Routes } from 'discord.js';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DiscordStandIn } from './server.ts';

let standIn: DiscordStandIn;
let rest: REST;
beforeAll(async () => {
  standIn = await DiscordStandIn.start();
  rest = new REST({ api: standIn.apiUrl, retries: 0 }).setToken(standIn.token);
});
afterAll(async () => {
  await standIn?.stop();
});

test('a message with a file arrives as multipart/form-data; the JSON part and the file are both recorded', async () => {
  await rest.post(Routes.channelMessages(standIn.guild.channelId), {
    body: { content: 'with a file', allowed_mentions: { parse: [] } },
    files: [{ name: 'answer.txt', data: Buffer.from('hello'), contentType: 'text/plain' }],
  });
  const call = await standIn.waitForCall((c) => c.path === `/channels/${standIn.guild.channelId}/messages` && c.body?.content === 'with a file');
  expect(call.contentType).toMatch(/^multipart\/form-data; boundary=/);
  expect(call.body).toEqual({ content: 'with a file', allowed_mentions: { parse: [] } });
  expect(call.files).toEqual([{ field: 'files[0]', name: 'answer.txt', type: 'text/plain', size: 5 }]);
  expect(call.authorized).toBe(true);
});

test('a wrong token gets 401 and the call is still recorded', async () => {
  const wrong = new REST({ api: standIn.apiUrl, retries: 0 }).setToken('y'.repeat(60));
  await expect(wrong.get(Routes.gatewayBot())).rejects.toMatchObject({ status: 401 });
  expect(standIn.calls.some((c) => c.path === '/gateway/bot' && c.status === 401 && !c.authorized)).toBe(true);
});

test('GET /gateway/bot points at the stand-in gateway', async () => {
  expect(await rest.get(Routes.gatewayBot())).toMatchObject({ url: standIn.gatewayUrl, shards: 1, session_start_limit: { max_concurrency: 1 } });
});

test('waitForCall is bounded and says what it saw', async () => {
  await expect(standIn.waitForCall(() => false, 50, 'nothing')).rejects.toThrow(/timed out after 50 ms waiting for nothing; last calls:/);
});
