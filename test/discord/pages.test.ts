/**
 * End to end: /sources and /corpus list over a corpus too long for one message, a page at a time
 * (◂ Previous / Next ▸), with the real engine and the real discord.js client against the stand-in.
 */
import path from 'node:path';
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Engine } from '../../src/engine/create-engine.ts';
import { corpusEngine, type CorpusEngine } from '../helpers/corpus-engine.ts';
import { buttonId, buttonsOf } from './buttons.ts';
import { startHarness, type Harness } from './harness.ts';
import type { InjectedInteraction } from './stand-in/server.ts';

const LONG = 60_000;
const DOCUMENTS = 70;
let h: Harness<Engine>;
let corpus: CorpusEngine;

const harbours = ['Veracruz', 'Manzanillo', 'Lázaro Cárdenas', 'Altamira', 'Ensenada', 'Progreso', 'Tampico'];
beforeAll(async () => {
  const documents: Record<string, string> = {};
  for (let i = 1; i <= DOCUMENTS; i++) {
    const harbour = harbours[i % harbours.length]!;
    const n = String(i).padStart(2, '0');
    documents[`harbour-report-${n}.md`] =
      `---\ndate: 2026-01-${String((i % 28) + 1).padStart(2, '0')}\n---\n# Harbour report ${n}: pilots and tugboats at ${harbour}\n\nThe harbour of ${harbour} handled ${100 + i} ships in week ${n}.\n`;
  }
  corpus = await corpusEngine('discord-pages', documents);
  h = await startHarness({ engine: corpus.engine, env: { CORPUS_DIR: path.join(corpus.root, 'corpus') } });
}, LONG);
afterAll(async () => {
  await h?.stop();
  corpus?.remove();
});

/** The message a first response made (a reply, or the edit of a deferred one). */
async function firstResponse(interaction: InjectedInteraction) {
  const callback = await h.standIn.waitForCallback(interaction, LONG);
  return callback.body.type === 4 ? callback.body.data : (await h.standIn.waitForOriginalEdit(interaction, LONG)).body;
}

const numbersOn = (description: string) => [...description.matchAll(/harbour-report-(\d+)|Harbour report (\d+)/g)].map((m) => Number(m[1] ?? m[2]));

describe('a corpus longer than one message', () => {
  test('GIVEN /sources THEN the first page, its footer and Next; Next on the channel\'s message answers the presser privately with page 2, which turns in place', async () => {
    const sources = h.standIn.injectSlashCommand({ name: 'sources' });
    const first = await firstResponse(sources);
    expect(first.flags ?? 0).not.toBe(MessageFlags.Ephemeral);
    const embed = first.embeds[0];
    expect(embed.title).toBe(`Sources — ${DOCUMENTS} documents, ${DOCUMENTS} sentences`);
    expect(embed.footer.text).toMatch(/^Page 1 of (\d) · To ask within one document/);
    const pages = Number(/of (\d)/.exec(embed.footer.text)![1]);
    expect(pages).toBeGreaterThan(1);
    const onFirst = numbersOn(embed.description);
    expect(onFirst[0]).toBe(1);
    expect(buttonsOf(first).map((b) => [b.label, (b as { disabled?: boolean }).disabled])).toEqual([['◂ Previous', true], ['Next ▸', false]]);

    const next = h.standIn.injectButton({ customId: buttonId(first, 'Next ▸'), message: h.standIn.originalMessage(sources) });
    const callback = await h.standIn.waitForCallback(next, LONG);
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags).toBe(MessageFlags.Ephemeral);
    const second = callback.body.data.embeds[0];
    expect(second.footer.text).toMatch(new RegExp(`^Page 2 of ${pages}`));
    // Numbered on from the first page, none shown twice.
    expect(numbersOn(second.description)[0]).toBe(onFirst.at(-1)! + 1);

    const back = h.standIn.injectButton({ customId: buttonId(callback.body.data, '◂ Previous'), message: { ...callback.body.data, id: '1460000000000000001', flags: MessageFlags.Ephemeral } });
    const turned = await h.standIn.waitForCallback(back, LONG);
    expect(turned.body.type).toBe(7);
    expect(turned.body.data.embeds[0].footer.text).toMatch(new RegExp(`^Page 1 of ${pages}`));
  });

  test('GIVEN /corpus list THEN pages of documents turned in place by a moderator, a member refused, a page past the end shown as the last', async () => {
    const list = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'list', user: h.standIn.users.mod });
    const first = await firstResponse(list);
    const embed = first.embeds[0];
    const pages = Number(/^Page 1 of (\d+)$/.exec(embed.footer.text)![1]);
    expect(pages).toBeGreaterThan(2);
    expect(embed.description).not.toContain('more');
    const message = { ...h.standIn.originalMessage(list), flags: MessageFlags.Ephemeral };

    const next = h.standIn.injectButton({ customId: buttonId(first, 'Next ▸'), message, user: h.standIn.users.mod });
    const turned = await h.standIn.waitForCallback(next, LONG);
    expect(turned.body.type).toBe(7);
    expect(turned.body.data.embeds[0].footer.text).toBe(`Page 2 of ${pages}`);
    expect(numbersOn(turned.body.data.embeds[0].description)[0]).toBeGreaterThan(numbersOn(embed.description).at(-1)!);

    const member = h.standIn.injectButton({ customId: buttonId(first, 'Next ▸'), message, user: h.standIn.users.alice });
    const refused = await h.standIn.waitForCallback(member, LONG);
    expect(JSON.stringify(refused.body)).toMatch(/Manage Server/);

    const past = h.standIn.injectButton({ customId: 'page:corpus:99', message, user: h.standIn.users.mod });
    const last = await h.standIn.waitForCallback(past, LONG);
    expect(last.body.data.embeds[0].footer.text).toBe(`Page ${pages} of ${pages}`);
    expect(numbersOn(last.body.data.embeds[0].description)).toContain(DOCUMENTS);
    expect(buttonsOf(last.body.data).map((b) => (b as { disabled?: boolean }).disabled)).toEqual([false, true]);
  });
});
