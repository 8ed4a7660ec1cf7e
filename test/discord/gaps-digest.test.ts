/**
 * End to end: the gaps digest (GAPS_DIGEST_DAYS) posted in the corpus log channel, against the local
 * Discord stand-in and the real question log — the period's questions in that channel's server, the
 * share answered, and what the coverage did not serve.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GAPS_DIGEST_STATE_FILE, readLastDigestAt } from '../../src/discord/gaps-digest.ts';
import type { FixedPassageEngine } from './fixtures/fixed-passage-engine.ts';
import { startHarness, type Harness } from './harness.ts';

let h: Harness<FixedPassageEngine>;
beforeAll(async () => {
  h = await startHarness({ env: (standIn) => ({ CORPUS_LOG_CHANNEL_ID: standIn.guild.channelId, GAPS_DIGEST_DAYS: '7' }) });
});
afterAll(async () => {
  await h?.stop();
});

const posts = () => h.standIn.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${h.standIn.guild.channelId}/messages` && c.status === 200 && !c.body?.message_reference);

async function askSlash(question: string) {
  const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question } });
  return (await h.standIn.waitForOriginalEdit(interaction)).body;
}

describe('the gaps digest', () => {
  test('GIVEN no question asked in the period THEN nothing is posted, and when it ran is kept', async () => {
    const before = posts().length;
    await h.bot.gapsDigest!.postNow();
    expect(posts()).toHaveLength(before);
    expect(await readLastDigestAt(path.join(h.dataDir, GAPS_DIGEST_STATE_FILE))).toEqual(expect.any(Number));
  });

  test("GIVEN questions answered and refused in the server, and one refused in a DM THEN the post counts the server's alone and lists its gaps by topic", async () => {
    expect(JSON.stringify(await askSlash('How long was the call?'))).toContain('15-minute');
    for (const question of ['What is the capital of Australia?', 'Who won the World Cup?']) expect(JSON.stringify(await askSlash(question))).toMatch(/doesn.t say/i);
    const dm = h.standIn.injectMessage({ content: 'What about steel quotas?', dm: true });
    expect(JSON.stringify((await h.standIn.waitForMessageReply(dm)).body)).toMatch(/doesn.t say/i);

    const before = posts().length;
    await h.bot.gapsDigest!.postNow();
    const [post] = posts().slice(before);
    expect(post!.body.content).toBe(
      '📊 **The last 7 days**: 3 questions asked, 33% answered, 👍 0 / 👎 0. What the coverage did not serve, largest topic first (add coverage with `/corpus add`; any period with `/gaps`):',
    );
    expect(post!.body.embeds[0].title).toMatch(/^Coverage gaps — 2 questions in 2 topics$/);
    const listed = post!.body.embeds[0].description as string;
    expect(listed).toContain('capital of Australia');
    expect(listed).toContain('World Cup');
    expect(listed).not.toContain('steel');
    expect(post!.body.allowed_mentions).toMatchObject({ parse: [] });
    expect(h.logLines.some((l) => l.includes('"gaps digest posted"'))).toBe(true);
  });
});

describe('the gaps digest with a question log kept fewer days than its period', () => {
  test('GIVEN QUESTION_LOG_RETENTION_DAYS=3 and GAPS_DIGEST_DAYS=7 THEN it says what it covers: the last 3 days', async () => {
    const short = await startHarness({ env: (standIn) => ({ CORPUS_LOG_CHANNEL_ID: standIn.guild.channelId, GAPS_DIGEST_DAYS: '7', QUESTION_LOG_RETENTION_DAYS: '3' }) });
    try {
      const interaction = short.standIn.injectSlashCommand({ name: 'ask', options: { question: 'Who won the World Cup?' } });
      await short.standIn.waitForOriginalEdit(interaction);
      await short.bot.gapsDigest!.postNow();
      const post = short.standIn.calls.find((c) => c.method === 'POST' && c.path === `/channels/${short.standIn.guild.channelId}/messages` && c.status === 200);
      expect(post!.body.content).toMatch(/^📊 \*\*The last 3 days\*\*: 1 question asked, 0% answered/);
    } finally {
      await short.stop();
    }
  });
});

describe('the gaps digest with a log channel it cannot use', () => {
  test.each([
    ['a DM channel (no server: every server\'s questions would be shown)', (standIn: Harness<FixedPassageEngine>['standIn']) => standIn.dmChannelId(standIn.users.owner), /is not a server's channel/],
    ['a channel that does not exist', () => '123456789012345670', /Unknown Channel/],
  ])('GIVEN %s THEN nothing is posted anywhere and a warning says it will try next period', async (_name, channelOf, reason) => {
    const other = await startHarness({ env: (standIn) => ({ CORPUS_LOG_CHANNEL_ID: channelOf(standIn), GAPS_DIGEST_DAYS: '7' }) });
    try {
      const interaction = other.standIn.injectSlashCommand({ name: 'ask', options: { question: 'Who won the World Cup?' } });
      await other.standIn.waitForOriginalEdit(interaction);
      await other.bot.gapsDigest!.postNow();
      expect(other.standIn.calls.filter((c) => c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path))).toEqual([]);
      const warning = other.logLines.map((l) => JSON.parse(l)).find((l) => l.msg === 'gaps digest: could not post it; trying again next period');
      expect(JSON.stringify(warning?.error)).toMatch(reason);
      // A failed attempt is not saved as a post (the next period's attempt is timed in memory).
      expect(await readLastDigestAt(path.join(other.dataDir, GAPS_DIGEST_STATE_FILE))).toBeNull();
    } finally {
      await other.stop();
    }
  });
});
