/**
 * `/ask source:` through the real discord.js client and the Discord stand-in, with the real engine
 * over two reports that both tell of a call: the source is offered as the member types it, the answer
 * comes from it alone and says so, More stays within it, and a source naming no document is refused
 * at once, privately, with the documents to pick from.
 */
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Engine } from '../../src/engine/create-engine.ts';
import { corpusEngine, type CorpusEngine } from '../helpers/corpus-engine.ts';
import { buttonId } from './buttons.ts';
import { startHarness, type Harness } from './harness.ts';

const REPORTS = {
  'leaders-call.md':
    '---\ntitle: Leaders discuss security in phone call\ndate: 2026-01-12\n---\n# Leaders discuss security in phone call\n\n' +
    'The two presidents held a 15-minute phone call on Monday. They agreed to keep working together on border security.\n',
  'council.md':
    '---\ntitle: City council approves new bridge\ndate: 2026-01-10\n---\n# City council approves new bridge\n\n' +
    'The council voted on Friday to build a bridge over the river. The mayor took a call from the governor that lasted two hours. ' +
    'The call ended with a promise of state money. The bridge will cost twelve million dollars. Work starts in spring. ' +
    'A second call with the builders is planned for March. Residents asked for a footpath on the bridge.\n',
};

let built: CorpusEngine;
let h: Harness<Engine>;
beforeAll(async () => {
  built = await corpusEngine('discord-source', REPORTS);
  h = await startHarness({ engine: built.engine });
});
afterAll(async () => {
  await h?.stop();
  built?.remove();
});

describe('/ask source:', () => {
  test('the source is offered by title as the member types it, valued by the document id; the question still by suggestions', async () => {
    const typing = h.standIn.injectAutocomplete({ name: 'ask', focused: 'source', options: { question: 'How long was the call?', source: 'BRIDGE' } });
    const callback = await h.standIn.waitForCallback(typing);
    expect(callback.body.type).toBe(8);
    expect(callback.body.data.choices).toEqual([{ name: 'City council approves new bridge (council.md)', value: 'council.md' }]);
    const asking = h.standIn.injectAutocomplete({ name: 'ask', focused: 'question', options: { question: 'bridge' } });
    const choices: { value: string }[] = (await h.standIn.waitForCallback(asking)).body.data.choices;
    expect(choices.some((c) => c.value === 'council.md')).toBe(false);
  });

  test('the answer quotes the source alone and says which; More pages on within it', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'How long was the call?', source: 'council.md' } });
    const edit = await h.standIn.waitForOriginalEdit(interaction);
    expect(edit.body.content).toBe('**Q:** How long was the call? *(searched “City council approves new bridge” only)*');
    const description: string = edit.body.embeds[0].description;
    expect(description).toContain('two hours');
    expect(description).not.toContain('15-minute');
    const click = h.standIn.injectButton({ customId: buttonId(edit.body, 'More'), message: h.standIn.originalMessage(interaction) });
    const page = await h.standIn.waitForOriginalEdit(click);
    expect(page.body.content).toContain('*(searched “City council approves new bridge” only)*');
    expect(page.body.embeds[0].description).toContain('**4.**');
    expect(page.body.embeds[0].description).not.toContain('15-minute');
  });

  test('a reply to an answer asked within a source is asked within it too, and says so', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'How long was the call?', source: 'council.md' } });
    await h.standIn.waitForOriginalEdit(interaction);
    const reply = h.standIn.injectMessage({ content: 'What did they agree to?', replyTo: h.standIn.originalMessage(interaction) });
    const answer = await h.standIn.waitForMessageReply(reply);
    expect(answer.body.content).toContain('*(searched “City council approves new bridge” only)*');
    expect(JSON.stringify(answer.body.embeds ?? [])).not.toContain('keep working together');
  });

  test('a question the source does not answer, but the other report does, is refused naming that report', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'Who did the two presidents talk about border security with?', source: 'council.md' } });
    const edit = await h.standIn.waitForOriginalEdit(interaction);
    const description: string = edit.body.embeds[0].description;
    expect(description).toMatch(/^Nothing in “City council approves new bridge” answers that/);
    expect(description).toContain('“Leaders discuss security in phone call” does: ask again without the source, or with that one.');
    // The coverage answers it: the question log keeps it as refused, but no gap for /gaps.
    const logged = h.bot.context.questionLog.gapQuestions({ since: 0 }).questions.map((g) => g.text);
    expect(logged).not.toContain('Who did the two presidents talk about border security with?');
    expect(h.bot.context.questionLog.totals({ since: 0 }).asked).toBeGreaterThan(h.bot.context.questionLog.totals({ since: 0 }).answered);
  });

  test('two questions in one /ask with a source: both asked within it, the second as a follow-up message', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'How long was the call? What will the bridge cost?', source: 'council.md' } });
    const first = await h.standIn.waitForOriginalEdit(interaction);
    const second = await h.standIn.waitForFollowUp(interaction);
    expect(first.body.content).toBe('**Q:** How long was the call? *(searched “City council approves new bridge” only)*');
    expect(second.body.content).toBe('**Q:** What will the bridge cost? *(searched “City council approves new bridge” only)*');
    expect(second.body.embeds[0].description).toContain('twelve million dollars');
  });

  test('a source typed as words of a title is read as that document', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'How long was the call?', source: 'leaders discuss security' } });
    const edit = await h.standIn.waitForOriginalEdit(interaction);
    expect(edit.body.content).toContain('*(searched “Leaders discuss security in phone call” only)*');
    expect(edit.body.embeds[0].description).toContain('15-minute');
  });

  test('a source naming no document is refused at once, privately, listing the documents', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'How long was the call?', source: 'zebra' } });
    const callback = await h.standIn.waitForCallback(interaction);
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(callback.body.data.content).toContain('No document of the coverage is called "zebra"');
    expect(callback.body.data.content).toContain('“City council approves new bridge” (council.md)');
  });
});

describe('a document whose id is longer than Discord lets a choice value be (100 characters)', () => {
  const LONG_ID = `${'archive-of-the-regional-desk-'.repeat(4)}council-bridge.md`;
  let longBuilt: CorpusEngine;
  let lh: Harness<Engine>;
  beforeAll(async () => {
    longBuilt = await corpusEngine('discord-long-id', { 'leaders-call.md': REPORTS['leaders-call.md'], [LONG_ID]: REPORTS['council.md'] });
    lh = await startHarness({ engine: longBuilt.engine });
  });
  afterAll(async () => {
    await lh?.stop();
    longBuilt?.remove();
  });

  test('it is offered as a source and for /corpus remove, and the value picked asks within it and names it', async () => {
    expect(LONG_ID.length).toBeGreaterThan(100);
    const typing = lh.standIn.injectAutocomplete({ name: 'ask', focused: 'source', options: { question: 'How long was the call?', source: 'bridge' } });
    const [choice] = (await lh.standIn.waitForCallback(typing)).body.data.choices as { name: string; value: string }[];
    expect(choice!.name).toMatch(/^City council approves new bridge \(archive/);
    expect(choice!.value.length).toBeLessThanOrEqual(100);

    const interaction = lh.standIn.injectSlashCommand({ name: 'ask', options: { question: 'How long was the call?', source: choice!.value } });
    const edit = await lh.standIn.waitForOriginalEdit(interaction);
    expect(edit.body.content).toContain('*(searched “City council approves new bridge” only)*');
    expect(edit.body.embeds[0].description).toContain('two hours');

    const removing = lh.standIn.injectAutocomplete({ name: 'corpus', subcommand: 'remove', focused: 'document', options: { document: 'bridge' }, user: lh.standIn.users.mod });
    const [offered] = (await lh.standIn.waitForCallback(removing)).body.data.choices as { value: string }[];
    expect(offered!.value).toBe(choice!.value);
    const remove = lh.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'remove', options: { document: offered!.value }, user: lh.standIn.users.mod });
    const confirm = JSON.stringify((await lh.standIn.waitForCallback(remove)).body.data);
    expect(confirm).toContain('City council approves new bridge');
    expect(confirm).not.toContain('There is no document');
  });
});
