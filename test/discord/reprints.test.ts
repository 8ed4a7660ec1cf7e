/** /ask over a corpus holding the article and a reprint of it (real engine, real discord.js client, the local stand-in). */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Engine } from '../../src/engine/create-engine.ts';
import { corpusEngine, type CorpusEngine } from '../helpers/corpus-engine.ts';
import { conflictingReportOfShippedArticle, REPRINT_TITLE, reprintOfShippedArticle, SHIPPED_ARTICLE } from '../helpers/reprint.ts';
import { startHarness, type Harness } from './harness.ts';

let c: CorpusEngine;
let h: Harness<Engine>;
beforeAll(async () => {
  c = await corpusEngine('discord-reprints', { 'sheinbaum-trump-call.md': SHIPPED_ARTICLE, 'gazette-reprint.md': reprintOfShippedArticle() });
  h = await startHarness({ engine: c.engine });
});
afterAll(async () => {
  await h?.stop();
  c?.remove();
});

describe('a reprint in the corpus, on Discord', () => {
  test('/ask quotes a sentence both outlets print once, with "Also in" linking the other outlet at its sentence', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'How long was the call?' } });
    const edit = await h.standIn.waitForOriginalEdit(interaction);
    const description: string = edit.body.embeds[0].description;
    const lines = description.split('\n');
    const also = lines.findIndex((l) => l.startsWith('Also in '));
    // Right under the first passage's citation.
    expect(also).toBe(2);
    expect(lines[0]).toContain('**The leaders held a __15-minute__ phone call');
    const titles = ['Mexican President Rejects US Military Aid Against Cartels', REPRINT_TITLE];
    const quoted = titles.find((t) => lines[1]!.includes(`[${t}]`))!;
    const other = titles.find((t) => t !== quoted)!;
    expect(lines[also]).toMatch(new RegExp(`^Also in \\[${other}\\]\\(https://[^)]+#:~:text=The%20leaders%20held%20a%2015%2Dminute[^)]*\\) · sentence 3`));
    // The copy is not quoted as a passage of its own.
    expect(description.match(/15-minute(__)? phone call/g)).toHaveLength(1);
  });
});

describe('another outlet giving a figure differently, on Discord', () => {
  let differing: CorpusEngine;
  let hd: Harness<Engine>;
  beforeAll(async () => {
    differing = await corpusEngine('discord-differing', { 'sheinbaum-trump-call.md': SHIPPED_ARTICLE, 'courier.md': conflictingReportOfShippedArticle() });
    hd = await startHarness({ engine: differing.engine });
  });
  afterAll(async () => {
    await hd?.stop();
    differing?.remove();
  });

  test('/ask says above the passages that the sources differ, with both figures and where each is', async () => {
    const interaction = hd.standIn.injectSlashCommand({ name: 'ask', options: { question: 'How long was the call?' } });
    const edit = await hd.standIn.waitForOriginalEdit(interaction);
    const description: string = edit.body.embeds[0].description;
    const note = description.split('\n')[0]!;
    expect(note).toMatch(/^\*The sources differ: “(15|20)-minute” \(passage 1, .+, 1[23] Jan 2026\), “(15|20)-minute” \(passage 2, .+, 1[23] Jan 2026\)\.\*$/);
    expect(note).toContain('15-minute');
    expect(note).toContain('20-minute');
  });
});
