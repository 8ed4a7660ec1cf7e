/** /ask over a corpus holding the article and a reprint of it (real engine, real discord.js client, the local stand-in). */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Engine } from '../../src/engine/create-engine.ts';
import { corpusEngine, type CorpusEngine } from '../helpers/corpus-engine.ts';
import { conflictingReportOfShippedArticle, REPRINT_TITLE, reprintOfShippedArticle, SHIPPED_ARTICLE } from '../helpers/reprint.ts';
import { startHarness, type Harness } from './harness.ts';

/** The bot over a real engine on the shipped article and another outlet's version of it, for the tests of one describe block. */
function botOver(name: string, otherOutlet: () => string): { harness: () => Harness<Engine> } {
  let corpus: CorpusEngine | undefined;
  let harness: Harness<Engine> | undefined;
  beforeAll(async () => {
    corpus = await corpusEngine(name, { 'sheinbaum-trump-call.md': SHIPPED_ARTICLE, 'other-outlet.md': otherOutlet() });
    harness = await startHarness({ engine: corpus.engine });
  });
  afterAll(async () => {
    await harness?.stop();
    corpus?.remove();
  });
  return { harness: () => harness! };
}

describe('a reprint in the corpus, on Discord', () => {
  const bot = botOver('discord-reprints', reprintOfShippedArticle);

  test('/ask quotes a sentence both outlets print once, with "Also in" linking the other outlet at its sentence', async () => {
    const h = bot.harness();
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
    expect(lines[also]).toMatch(new RegExp(`^Also in \\[${other}\\]\\(https://[^)]+#:~:text=The%20leaders%20held%20a%2015%2Dminute[^)]*\\) · (?:Polar Herald · )?sentence 3`));
    // The copy is not quoted as a passage of its own.
    expect(description.match(/15-minute(__)? phone call/g)).toHaveLength(1);
  });
});

describe('another outlet giving a figure differently, on Discord', () => {
  const bot = botOver('discord-differing', conflictingReportOfShippedArticle);

  test('/ask says above the passages that the sources differ, with both figures and where each is', async () => {
    const h = bot.harness();
    const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'How long was the call?' } });
    const edit = await h.standIn.waitForOriginalEdit(interaction);
    const description: string = edit.body.embeds[0].description;
    const note = description.split('\n')[0]!;
    expect(note).toMatch(/^\*The sources differ: “(15|20)-minute” \(passage 1, .+, 1[23] Jan 2026\), “(15|20)-minute” \(passage 2, .+, 1[23] Jan 2026\)\.\*$/);
    expect(note).toContain('15-minute');
    expect(note).toContain('20-minute');
  });
});
