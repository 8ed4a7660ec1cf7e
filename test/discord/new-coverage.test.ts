/**
 * End to end: documents changed in the corpus folder by hand, found by a moderator's /reindex —
 * announced to members in NEW_COVERAGE_CHANNEL_ID, and posted for moderators in CORPUS_LOG_CHANNEL_ID —
 * with the real engine (offline model, hnswlib, files on disk) and the real discord.js client against
 * the local stand-in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULTS } from '../../src/config.ts';
import type { Engine } from '../../src/engine/create-engine.ts';
import { corpusEngine, type CorpusEngine } from '../helpers/corpus-engine.ts';
import { startHarness, type Harness } from './harness.ts';

const LONG = 60_000;
let h: Harness<Engine>;
let corpusDir: string;
let logChannelId: string;
let corpus: CorpusEngine;

beforeAll(async () => {
  corpus = await corpusEngine('discord-new-coverage', {
    'sheinbaum-trump-call.md': fs.readFileSync(path.join(DEFAULTS.corpusDir, 'sheinbaum-trump-call.md'), 'utf8'),
    'museum.md': '# Railway museum reopens in Puebla\n\nThe railway museum in Puebla reopened on Friday after a roof repair that took fourteen months.\n',
  });
  corpusDir = path.join(corpus.root, 'corpus');
  h = await startHarness({
    engine: corpus.engine,
    env: (standIn) => {
      logChannelId = standIn.addChannel('moderator-log', 0n);
      return { CORPUS_DIR: corpusDir, NEW_COVERAGE_CHANNEL_ID: standIn.guild.channelId, CORPUS_LOG_CHANNEL_ID: logChannelId };
    },
  });
}, LONG);
afterAll(async () => {
  await h?.stop();
  corpus?.remove();
});

const postsIn = (channelId: string) => h.standIn.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${channelId}/messages` && c.status === 200);
const channelPosts = () => postsIn(h.standIn.guild.channelId);

/** A moderator's /reindex, to its report. */
async function reindex(): Promise<string> {
  const interaction = h.standIn.injectSlashCommand({ name: 'reindex', user: h.standIn.users.admin });
  const original = `/webhooks/${h.standIn.applicationId}/${interaction.token}/messages/@original`;
  const report = await h.standIn.waitForCall((c) => c.method === 'PATCH' && c.path === original && !String(c.body?.content ?? '').startsWith('⏳'), LONG, 'the reindex report');
  return JSON.stringify(report.body);
}

/** The next post in the channel after the `before`-th. */
async function nextPost(before: number) {
  const post = await h.standIn.waitForCall(() => channelPosts().length > before, LONG, 'a post in the new coverage channel');
  return channelPosts()[before] ?? post;
}

describe('new coverage announced to members', () => {
  test('GIVEN the index built at start THEN nothing is announced', () => {
    expect(channelPosts()).toHaveLength(0);
    expect(h.logLines.some((l) => l.includes('"new coverage announcements on"'))).toBe(true);
  });

  test('GIVEN a document written into the corpus and a /reindex THEN one post names it, with its outlet and date', async () => {
    fs.writeFileSync(
      path.join(corpusDir, 'ministerial.md'),
      '---\ntitle: Security ministerial set for February\nurl: https://news.example.org/ministerial\ndate: 2026-01-14\npublisher: The Courier\n---\n\n' +
        'Officials of both countries agreed to meet in Washington in February to review their security cooperation.\n',
    );
    const before = channelPosts().length;
    expect(await reindex()).toContain('ministerial.md');
    const post = await nextPost(before);
    expect(post.body.content).toBe(
      '📰 **New coverage** (1 document):\n• [Security ministerial set for February](https://news.example.org/ministerial) · The Courier · 14 Jan 2026\nAsk about it with `/ask`, or mention me with your question.',
    );
    expect(post.body.allowed_mentions).toMatchObject({ parse: [] });
    // The moderators' log says what changed in the folder, as it says what /corpus changes.
    const logged = await h.standIn.waitForCall(() => postsIn(logChannelId).length > 0, LONG, 'a post in the log channel');
    expect((postsIn(logChannelId)[0] ?? logged).body.content).toBe(
      '📂 Changed in the corpus folder (not from Discord), now indexed:\n➕ added [Security ministerial set for February](https://news.example.org/ministerial) (1 sentence) — `ministerial.md`',
    );
  });

  test('GIVEN a /reindex that finds nothing new, then one where a document was edited and another removed THEN only the edit is announced, as updated', async () => {
    const before = channelPosts().length;
    expect(await reindex()).not.toContain('museum.md');
    fs.appendFileSync(path.join(corpusDir, 'ministerial.md'), '\nThe meeting was moved to the first week of March.\n');
    fs.rmSync(path.join(corpusDir, 'museum.md'));
    await reindex();
    // Posts keep the order of the reindexes: had the first posted anything, it would come first.
    const post = await nextPost(before);
    expect(post.body.content).toMatch(/^🔄 \*\*Updated\*\* \(1 document\): answers now quote the new version\.\n• \[Security ministerial set for February\]/);
    expect(post.body.content).not.toContain('Railway museum');
    await h.standIn.waitForCall(() => postsIn(logChannelId).length > 1, LONG, 'a second post in the log channel');
    expect(postsIn(logChannelId)[1]!.body.content).toBe(
      '📂 Changed in the corpus folder (not from Discord), now indexed:\n🔄 updated [Security ministerial set for February](https://news.example.org/ministerial) (2 sentences) — `ministerial.md`\n➖ removed **Railway museum reopens in Puebla** — `museum.md`',
    );
  });
});

describe('new coverage with a channel the bot cannot post in', () => {
  test('GIVEN a channel that does not exist THEN the reindex succeeds and a warning names the setting', async () => {
    const other = await startHarness({ env: { NEW_COVERAGE_CHANNEL_ID: '123456789012345670' } });
    try {
      const interaction = other.standIn.injectSlashCommand({ name: 'reindex', user: other.standIn.users.admin });
      const original = `/webhooks/${other.standIn.applicationId}/${interaction.token}/messages/@original`;
      const report = await other.standIn.waitForCall((c) => c.method === 'PATCH' && c.path === original && !String(c.body?.content ?? '').startsWith('⏳'), LONG);
      expect(JSON.stringify(report.body)).toContain('new-briefing.md');
      await expect.poll(() => other.logLines.find((l) => l.includes('could not announce the new coverage')), { timeout: LONG }).toMatch(/NEW_COVERAGE_CHANNEL_ID.*123456789012345670.*Unknown Channel/);
    } finally {
      await other.stop();
    }
  });
});
