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

test('over the global limit a non-interaction route gets 429 with Discord headers; interaction routes are never globally limited', async () => {
  const limited = await DiscordStandIn.start({ globalLimitPerSecond: 2 });
  try {
    const url = `${limited.apiUrl}/v10`;
    const headers = { authorization: `Bot ${limited.token}` };
    const responses = await Promise.all(Array.from({ length: 10 }, () => fetch(`${url}/users/@me`, { headers })));
    const refused = responses.filter((r) => r.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) {
      expect(r.headers.get('x-ratelimit-global')).toBe('true');
      expect(r.headers.get('x-ratelimit-scope')).toBe('global');
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await r.json()).toMatchObject({ global: true, message: 'You are being rate limited.' });
    }
    // Interaction routes: 10 more at once right after, none of them a 429 (Unknown interaction is fine).
    const interactionCalls = await Promise.all(
      Array.from({ length: 10 }, (_, i) => fetch(`${url}/interactions/12345678901234567${i}/tok/callback`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })),
    );
    expect(interactionCalls.map((r) => r.status)).not.toContain(429);
  } finally {
    await limited.stop();
  }
});

test('rateLimitNext answers the next matching call with a per-route 429 carrying Retry-After and bucket headers', async () => {
  standIn.rateLimitNext((c) => c.path === '/users/@me', { retryAfterMs: 250 });
  const response = await fetch(`${standIn.apiUrl}/v10/users/@me`, { headers: { authorization: `Bot ${standIn.token}` } });
  expect(response.status).toBe(429);
  expect(response.headers.get('retry-after')).toBe('0.250');
  expect(response.headers.get('x-ratelimit-global')).toBeNull();
  expect(response.headers.get('x-ratelimit-scope')).toBe('user');
  expect(response.headers.get('x-ratelimit-remaining')).toBe('0');
  const next = await fetch(`${standIn.apiUrl}/v10/users/@me`, { headers: { authorization: `Bot ${standIn.token}` } });
  expect(next.status).toBe(200);
});

test('waitForCall waits for the call that landed, not one refused with a 429; waitForRefusal finds the refused one; neither is a failed call', async () => {
  const path = `/channels/${standIn.guild.channelId}/typing`;
  const isTyping = (c: { method: string; path: string }) => c.method === 'POST' && c.path === path;
  const landed = standIn.waitForCall(isTyping, 5_000);
  standIn.rateLimitNext(isTyping, { retryAfterMs: 100, global: true });
  const send = () => fetch(`${standIn.apiUrl}/v10${path}`, { method: 'POST', headers: { authorization: `Bot ${standIn.token}` } });
  expect((await send()).status).toBe(429);
  expect((await standIn.waitForRefusal(isTyping)).status).toBe(429);
  expect((await send()).status).toBeLessThan(300);
  const call = await landed;
  expect(call.status).toBeLessThan(300);
  expect(standIn.calls.filter(isTyping).map((c) => c.status)).toEqual([429, call.status]);
  expect(standIn.failedCalls().filter((c) => c.includes('/typing'))).toEqual([]);
});
