/**
 * The same flows as ask/reindex/messages, but with the real engine: the real offline model through
 * transformers.js, real hnswlib-node, a real corpus folder and index on disk.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULTS } from '../../src/config.ts';
import { createEngine, type Engine } from '../../src/engine/create-engine.ts';
import { silentLogger } from '../../src/log.ts';
import { offlineEmbedder } from '../helpers/offline-embedder.ts';
import { startHarness, type Harness } from './harness.ts';

let h: Harness<Engine>;
let work: string;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'discord-real-'));
  const corpusDir = path.join(work, 'corpus');
  fs.mkdirSync(corpusDir);
  fs.copyFileSync(path.join(DEFAULTS.corpusDir, 'sheinbaum-trump-call.md'), path.join(corpusDir, 'sheinbaum-trump-call.md'));
  const engine = await createEngine(
    { corpusDir, indexDir: path.join(work, 'index'), modelsDir: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, embeddingModel: 'offline' },
    silentLogger,
    { embedder: await offlineEmbedder() },
  );
  h = await startHarness({ engine });
});
afterAll(async () => {
  await h?.stop();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('Discord with the real engine', () => {
  test('/ask quotes the sentence that answers, with its citation', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'How long was the call?' } });
    await h.standIn.waitForCallback(interaction);
    const edit = await h.standIn.waitForOriginalEdit(interaction);
    const description: string = edit.body.embeds[0].description;
    // The sentence that answers, in bold, with what answers "how long" underlined within it.
    expect(description).toContain('> **The leaders held a __15-minute__ phone call on Monday');
    expect(description).toContain('Mexican President Rejects US Military Aid Against Cartels');
    expect(description).toMatch(/#:~:text=/);
    expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  test('/ask with a typo says how it read the question, and answers as if typed right', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'How lnog was the phnoe call?' } });
    const edit = await h.standIn.waitForOriginalEdit(interaction);
    expect(edit.body.content).toBe('**Q:** How lnog was the phnoe call? *(read “lnog” as “long”, “phnoe” as “phone”)*');
    expect(edit.body.embeds[0].description).toContain('15-minute');
  });

  test('an off-topic question gets an honest "the coverage doesn\'t say"', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'What is the capital of Australia?' } });
    const edit = await h.standIn.waitForOriginalEdit(interaction);
    expect(JSON.stringify(edit.body)).toMatch(/doesn.t say/i);
  });

  test('/ask "Give me a summary" answers with how the coverage opens, without a confidence word', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'Give me a summary' } });
    const edit = await h.standIn.waitForOriginalEdit(interaction);
    const embed = edit.body.embeds[0];
    expect(embed.title).toBe('From the coverage — how it opens');
    expect(embed.description).toContain('Claudia Sheinbaum has firmly stated that U.S. military intervention');
    expect(embed.description).not.toMatch(/confidence/i);
  });

  test('/ask "hello" is answered in kind: how to ask, with questions to try, and no buttons', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'hello' } });
    const edit = await h.standIn.waitForOriginalEdit(interaction);
    expect(edit.body.content).toMatch(/^Hi! I answer questions about the news coverage/);
    expect(edit.body.content).toContain('Ask with `/ask`');
    expect(edit.body.content).toMatch(/• What does the coverage say about /);
    expect(edit.body.embeds ?? []).toEqual([]);
    expect(edit.body.components ?? []).toEqual([]);
  });

  test('a DM is answered in the DM from the corpus', async () => {
    const message = h.standIn.injectMessage({ content: 'Who is Mexico\'s foreign minister?', dm: true });
    const reply = await h.standIn.waitForMessageReply(message);
    expect(JSON.stringify(reply.body)).toContain('Juan Ramon de la Fuente');
  });

  test('a moderator /reindex picks up a new document while answers keep coming', async () => {
    fs.writeFileSync(
      path.join(work, 'corpus', 'follow-up.md'),
      '# Security ministerial set for February\n\nOfficials of both countries agreed to meet in Washington in February to review their security cooperation.\n',
    );
    const reindex = h.standIn.injectSlashCommand({ name: 'reindex', user: h.standIn.users.admin });
    const ask = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'Who did Marco Rubio speak with?' } });
    const askEdit = await h.standIn.waitForOriginalEdit(ask);
    expect(JSON.stringify(askEdit.body)).toContain('de la Fuente');
    const edit = await h.standIn.waitForOriginalEdit(reindex);
    expect(JSON.stringify(edit.body)).toContain('follow-up.md');
    const after = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'Where will the security ministerial take place?' } });
    const afterEdit = await h.standIn.waitForOriginalEdit(after);
    expect(JSON.stringify(afterEdit.body)).toContain('Washington');
  });
});
