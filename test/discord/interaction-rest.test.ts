/**
 * Interaction responses skip the client-side global limit (Discord does not count them); every
 * other route keeps it, and every 429 is waited out and retried. End to end through the stand-in,
 * which enforces Discord's global limit of 50/s on non-interaction routes.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isInteractionResponse } from '../../src/discord/interaction-rest.ts';
import { startHarness, type Harness } from './harness.ts';
import type { FixedPassageEngine } from './fixtures/fixed-passage-engine.ts';
import { isInteractionRoute, type RecordedCall } from './stand-in/server.ts';

describe('isInteractionResponse', () => {
  test('GIVEN an interaction callback or an interaction webhook sent with the interaction token THEN it is one', () => {
    expect(isInteractionResponse({ fullRoute: '/interactions/123456789012345678/aW50ZXJhY3Rpb24/callback', auth: false })).toBe(true);
    expect(isInteractionResponse({ fullRoute: '/webhooks/123456789012345678/aW50ZXJhY3Rpb24/messages/@original', auth: false })).toBe(true);
    expect(isInteractionResponse({ fullRoute: '/webhooks/123456789012345678/aW50ZXJhY3Rpb24', auth: false })).toBe(true);
  });
  test('GIVEN a bot-authorised route THEN it is not (it keeps the global limit)', () => {
    expect(isInteractionResponse({ fullRoute: '/channels/123456789012345678/messages', auth: true })).toBe(false);
    expect(isInteractionResponse({ fullRoute: '/channels/123456789012345678/messages' })).toBe(false);
    expect(isInteractionResponse({ fullRoute: '/webhooks/123456789012345678', auth: true })).toBe(false);
  });
});

describe('under a burst', () => {
  let h: Harness<FixedPassageEngine>;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  const succeeded = (calls: RecordedCall[], method: string, path: string) => calls.filter((c) => c.method === method && c.path === path && c.status < 300);

  test('every /ask and every DM of a burst gets exactly one answer; DM replies (140 requests with typing) keep to the global 50/s, any 429 retried', async () => {
    const questions = Array.from({ length: 120 }, (_, i) => h.standIn.injectSlashCommand({ name: 'ask', options: { question: `How long was the call? (${i})` } }));
    const dms = Array.from({ length: 70 }, (_, i) => h.standIn.injectMessage({ content: `How long was the call? [${i}]`, dm: true }));
    await Promise.all(questions.map((q) => h.standIn.waitForOriginalEdit(q, 60_000)));
    await Promise.all(dms.map((m) => h.standIn.waitForCall((c) => c.status === 200 && c.body?.message_reference?.message_id === m.id, 60_000, `reply to DM ${m.id}`)));

    for (const q of questions) {
      const calls = h.standIn.callsFor(q);
      expect(succeeded(calls, 'POST', `/interactions/${q.id}/${q.token}/callback`)).toHaveLength(1);
      expect(succeeded(calls, 'PATCH', `/webhooks/${h.standIn.applicationId}/${q.token}/messages/@original`)).toHaveLength(1);
      expect(calls.filter((c) => c.status >= 400)).toEqual([]);
    }
    for (const m of dms) {
      const replies = h.standIn.calls.filter((c) => c.method === 'POST' && c.body?.message_reference?.message_id === m.id);
      expect(replies.filter((c) => c.status === 200)).toHaveLength(1);
      expect(replies.filter((c) => c.status !== 200 && c.status !== 429)).toEqual([]);
    }
    // Discord never limits interaction routes globally, and the stand-in does not either.
    expect(h.standIn.calls.filter((c) => c.status === 429 && isInteractionRoute(c.path))).toEqual([]);
    // Neither the bot token nor any interaction token reached the (debug-level) log.
    const log = h.logLines.join('\n');
    expect(log).not.toContain(h.standIn.token);
    for (const q of questions) expect(log).not.toContain(q.token);
  });
});

describe('a 429, on any route', () => {
  let h: Harness<FixedPassageEngine>;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  for (const global of [false, true]) {
    test(`a ${global ? 'global' : 'per-route'} 429 on an interaction's answer (its webhook edit) is waited out and retried too`, async () => {
      const retryAfterMs = 400;
      const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question: `How long was the call? (edit ${global ? 'global' : 'route'})` } });
      const editPath = `/webhooks/${h.standIn.applicationId}/${interaction.token}/messages/@original`;
      h.standIn.rateLimitNext((c) => c.method === 'PATCH' && c.path === editPath, { retryAfterMs, global });
      const isEdit = (c: RecordedCall) => c.method === 'PATCH' && c.path === editPath;
      const limited = await h.standIn.waitForRefusal(isEdit);
      const retried = await h.standIn.waitForCall((c) => isEdit(c) && c.status === 200, 10_000);
      expect(retried.at - limited.at).toBeGreaterThanOrEqual(retryAfterMs - 2);
      expect(h.standIn.calls.filter((c) => isEdit(c) && c.status === 200)).toHaveLength(1);
    });
  }

  for (const global of [false, true]) {
    test(`a ${global ? 'global' : 'per-route'} 429 on a DM reply is retried once Retry-After has passed, and the reply lands once`, async () => {
      const retryAfterMs = 600;
      const channelId = h.standIn.dmChannelId(h.standIn.users.alice);
      h.standIn.rateLimitNext((c) => c.method === 'POST' && c.path === `/channels/${channelId}/messages`, { retryAfterMs, global });
      const message = h.standIn.injectMessage({ content: `How long was the call? (${global ? 'global' : 'route'})`, dm: true });
      const isReply = (c: RecordedCall) => c.method === 'POST' && c.body?.message_reference?.message_id === message.id;
      const limited = await h.standIn.waitForRefusal(isReply);
      const retried = await h.standIn.waitForCall((c) => isReply(c) && c.status === 200, 10_000);
      expect(retried.seq).toBeGreaterThan(limited.seq);
      // A lower bound only: the retry may come late on a busy machine, never early (2 ms for clock rounding).
      expect(retried.at - limited.at).toBeGreaterThanOrEqual(retryAfterMs - 2);
      expect(h.standIn.calls.filter((c) => isReply(c) && c.status === 200)).toHaveLength(1);
    });
  }
});
