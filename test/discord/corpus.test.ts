/**
 * /corpus end to end: the real discord.js client against the local stand-in, the real engine
 * (offline model, hnswlib, files on disk), and articles served from 127.0.0.1 — the one host the
 * fetch guard is told to allow here. Nothing is fetched from anywhere else.
 */
import fs from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULTS } from '../../src/config.ts';
import { createEngine, type Engine } from '../../src/engine/create-engine.ts';
import { silentLogger } from '../../src/log.ts';
import { addDocuments } from '../../src/cli/add-documents.ts';
import { CorpusAdmin } from '../../src/corpus/admin/corpus-admin.ts';
import { COMMAND_LINE_USER_ID } from '../../src/corpus/admin/document-file.ts';
import { DEFAULT_FETCH_POLICY } from '../../src/corpus/fetch/fetch-policy.ts';
import { offlineEmbedder } from '../helpers/offline-embedder.ts';
import { customIds } from './buttons.ts';
import { startHarness, type Harness } from './harness.ts';
import { UPDATE_CHECK_STATE_FILE } from '../../src/discord/bot.ts';
import { startUpdateWatch } from '../../src/discord/update-watch.ts';
import type { Persona } from './stand-in/payloads.ts';
import { minimalPdf, statementPages } from '../helpers/minimal-pdf.ts';
import { minimalDocx, type DocxParagraph } from '../helpers/minimal-docx.ts';
import type { InjectedInteraction, RecordedCall } from './stand-in/server.ts';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'corpus', 'fixtures');
const ARTICLE = fs.readFileSync(path.join(fixtures, 'ministerial-article.html'), 'utf8');
const SECTION_PAGE = fs.readFileSync(path.join(fixtures, 'section-index.html'), 'utf8');
const SEED_URL = 'https://www.polarherald.com/politics/foreign-policy/mexican-president-rejects-us-military-aid-against-cartels.html';
/** The seed article republished elsewhere, its canonical link pointing at the original. */
const REPUBLISHED = ARTICLE.replace('https://news.example.org/world/us-mexico-security-ministerial', SEED_URL);
const LIGHTHOUSE =
  '---\nsource: https://example.org/lighthouse\ndate: 2026-01-13\n---\n# Lighthouse count\n\n' +
  'The lighthouse keeper of Isla Mujeres counted 312 pelicans on the breakwater on Tuesday morning. ' +
  'She said the birds return every January when the sardines move close to the shore.\n';

/** The shipped article as a copying site serves it, under its own link. */
const SEED_TEXT = fs.readFileSync(path.join(DEFAULTS.corpusDir, 'sheinbaum-trump-call.md'), 'utf8');
const HARBOUR =
  '---\ndate: 2026-01-15\n---\n# Harbour pilots return to work\n\n' +
  'The harbour pilots of Manzanillo returned to work on Thursday after a two-day stoppage over night shifts. ' +
  'Shipping agents said eleven container ships had waited at anchor outside the breakwater.\n';
const MUSEUM =
  '---\ndate: 2026-01-16\n---\n# Railway museum reopens in Puebla\n\n' +
  'The railway museum in Puebla reopened on Friday after a roof repair that took fourteen months. ' +
  'Its restored steam locomotive will be shown running on the first Sunday of every month.\n';

/** The page at /tide as it reads now: a test publishes a newer version at the same link. */
let tide = '';
const tideStory = (link: string, sentences: string) => `---\nsource: ${link}\ndate: 2026-01-17\n---\n# Tide gauge at Veracruz\n\n${sentences}\n`;

let h: Harness<Engine>;
let newsChannelId = '';
let work: string;
let server: Server;
let base: string;
const served: IncomingMessage[] = [];
const LONG = 60_000;

const READOUT: DocxParagraph[] = [
  { text: 'Readout of the foreign ministers call', style: 'Title' },
  { text: 'The foreign ministers of both countries spoke by phone on Wednesday for forty minutes about migration and the border.' },
  { text: 'They agreed that consular officials will meet in Tijuana next month to speed up the return of detained nationals.' },
];

beforeAll(async () => {
  const readoutDocx = await minimalDocx(READOUT, { created: '2026-01-15T09:00:00Z' });
  server = createServer((req, res) => {
    served.push(req);
    const pages: Record<string, [string, string | Buffer]> = {
      '/files/readout.docx': ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', readoutDocx],
      '/files/joint-statement.pdf': ['application/pdf', minimalPdf({ pages: statementPages(), info: { CreationDate: 'D:20260114180000Z' } })],
      '/world/ministerial': ['text/html; charset=utf-8', ARTICLE],
      '/world/ministerial-for-members': ['text/html; charset=utf-8', ARTICLE],
      '/world': ['text/html; charset=utf-8', SECTION_PAGE],
      '/republished': ['text/html; charset=utf-8', REPUBLISHED],
      '/tide': ['text/markdown', tide],
      '/files/briefing.md': ['text/markdown', '# Briefing on arms tracing\n\nOfficials said the tracing of seized firearms will be shared weekly between both police agencies from March onwards.\n'],
      '/files/finance.md': ['text/markdown', '# Cartel finance unit opens\n\nA joint unit on cartel finances opened in Monterrey with forty analysts from both countries.\n'],
      '/batch/harbour': ['text/markdown', HARBOUR],
      '/batch/harbour-syndicated': ['text/markdown', HARBOUR],
      '/batch/museum': ['text/markdown', MUSEUM],
      '/batch/seed-copy': ['text/markdown', SEED_TEXT.replaceAll(SEED_URL, 'https://copies.example.org/sheinbaum-call')],
    };
    const page = pages[req.url ?? ''];
    if (page) res.writeHead(200, { 'content-type': page[0] }).end(page[1]);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  work = fs.mkdtempSync(path.join(os.tmpdir(), 'discord-corpus-'));
  const corpusDir = path.join(work, 'corpus');
  fs.mkdirSync(corpusDir);
  fs.copyFileSync(path.join(DEFAULTS.corpusDir, 'sheinbaum-trump-call.md'), path.join(corpusDir, 'sheinbaum-trump-call.md'));
  fs.writeFileSync(path.join(corpusDir, 'lighthouse.md'), LIGHTHOUSE);
  const engine = await createEngine(
    { corpusDir, indexDir: path.join(work, 'index'), modelsDir: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, embeddingModel: 'offline' },
    silentLogger,
    { embedder: await offlineEmbedder() },
  );
  h = await startHarness({
    engine,
    env: (standIn) => {
      newsChannelId = standIn.addChannel('news', 0n);
      return { CORPUS_DIR: corpusDir, CORPUS_FETCH_ALLOW_HOSTS: '127.0.0.1', CORPUS_LOG_CHANNEL_ID: standIn.guild.channelId, CORPUS_UPDATE_CHECK_HOURS: '24', NEW_COVERAGE_CHANNEL_ID: newsChannelId };
    },
  });
}, LONG);

afterAll(async () => {
  await h?.stop();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  if (work) fs.rmSync(work, { recursive: true, force: true });
});


async function privateEdit(interaction: InjectedInteraction, timeoutMs = LONG) {
  const callback = await h.standIn.waitForCallback(interaction, timeoutMs);
  expect(callback.body.data?.flags).toBe(MessageFlags.Ephemeral);
  return callback.body.type === 4 ? callback : h.standIn.waitForOriginalEdit(interaction, timeoutMs);
}

const isOriginalEdit = (click: InjectedInteraction) => (c: RecordedCall) => c.method === 'PATCH' && c.path === `/webhooks/${h.standIn.applicationId}/${click.token}/messages/@original`;
const WORKING = /^⏳ /;

/**
 * What a button press left: the message it was on, replaced in place (UPDATE_MESSAGE, or a deferred
 * update then an edit; a pressed Add, Replace, Remove or Restore says what it is doing first).
 */
async function buttonOutcome(click: InjectedInteraction) {
  const callback = await h.standIn.waitForCallback(click, LONG);
  if (callback.body.type === 7) return callback.body.data;
  expect(callback.body.type).toBe(6);
  return (await h.standIn.waitForCall((c) => isOriginalEdit(click)(c) && !WORKING.test(c.body?.content ?? ''), LONG)).body;
}

/** The edits of the message a button was on, in order. */
const editsOf = (click: InjectedInteraction) => h.standIn.calls.filter((c) => isOriginalEdit(click)(c) && c.status !== 429).map((c) => c.body);

/** /corpus add of a file the test server serves under /files/ (Markdown unless `contentType` says otherwise), by `user`. */
function addFile(filename: string, size: number, user: Persona, contentType = 'text/markdown; charset=utf-8') {
  return h.standIn.injectSlashCommand({
    name: 'corpus',
    subcommand: 'add',
    attachments: { file: { filename, size, contentType, url: `${base}/files/${filename}` } },
    user,
  });
}

async function ask(question: string): Promise<string> {
  const interaction = h.standIn.injectSlashCommand({ name: 'ask', options: { question } });
  const edit = await h.standIn.waitForOriginalEdit(interaction, LONG);
  return JSON.stringify(edit.body);
}

function corpusFiles(): string[] {
  return fs.readdirSync(path.join(work, 'corpus')).sort();
}

describe('a moderator adds an article from a link', () => {
  test('the preview is private and shows what will be added; Add writes it, reindexes, and members are answered from it with its title and URL', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'add', options: { url: `${base}/world/ministerial` }, user: h.standIn.users.mod });
    const preview = (await privateEdit(interaction)).body;
    const embed = preview.embeds[0];
    expect(embed.title).toBe('US and Mexico Set Security Ministerial for February');
    const field = (name: string) => embed.fields.find((f: any) => f.name === name)?.value;
    expect(field('Date')).toBe('14 Jan 2026');
    expect(field('Source')).toBe('https://news.example.org/world/us-mexico-security-ministerial');
    expect(Number(field('Sentences'))).toBeGreaterThan(10);
    expect(field('Duplicate?')).toContain('Not a duplicate');
    expect(embed.description).toContain('Officials of the United States and Mexico agreed');
    expect(embed.description).not.toMatch(/cookies|cruise|waste of time/);
    const add = customIds(preview).find((id) => id.startsWith('corpus:add:'));
    expect(add).toBeDefined();

    const click = h.standIn.injectButton({ customId: add!, message: h.standIn.originalMessage(interaction), user: h.standIn.users.mod });
    const done = await buttonOutcome(click);
    expect(done.content).toMatch(/^Added \[US and Mexico Set Security Ministerial for February\]/);
    expect(customIds(h.standIn.originalMessage(interaction))).toEqual([]); // the preview's buttons are gone
    // Before the outcome, at once: what it is doing, the preview and its buttons gone.
    const [working, ...rest] = editsOf(click);
    expect(working).toMatchObject({ embeds: [], components: [] });
    expect(working.content).toMatch(/^⏳ Adding \*\*US and Mexico Set Security Ministerial for February\*\* \(\d+ sentences\) and updating the index: answers go on from the current index meanwhile\.$/);
    expect(rest).toEqual([done]);
    expect(done.content).toMatch(/\d+ sentences \(\d+ sentences embedded\), answerable after \d+\.\d s/);
    expect(corpusFiles()).toContain('us-and-mexico-set-security-ministerial-for-february.md');

    const answer = await ask('How many firearms are smuggled south from the United States every year?');
    expect(answer).toContain('__200,000__ firearms');
    expect(answer).toContain('US and Mexico Set Security Ministerial for February');
    expect(answer).toContain('news.example.org/world/us-mexico-security-ministerial');

    const post = await h.standIn.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${h.standIn.guild.channelId}/messages` && /added/.test(c.body?.content), LONG);
    expect(post.body.content).toContain('morgan-mod');
    expect(post.body.content).toContain('US and Mexico Set Security Ministerial for February');

    const list = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'list', user: h.standIn.users.mod });
    const listed = JSON.stringify((await privateEdit(list)).body);
    expect(listed).toContain('added by morgan-mod');
    expect(listed).toContain('us-and-mexico-set-security-ministerial-for-february.md');
    const log = fs.readFileSync(path.join(h.dataDir, 'corpus-changes.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(log).toContainEqual(expect.objectContaining({ action: 'add', docId: 'us-and-mexico-set-security-ministerial-for-february.md', userName: 'morgan-mod', userId: h.standIn.users.mod.id }));
  });

  test('an attached PDF statement is read into Markdown: previewed with its title and date, added as a .md document, and answered from', async () => {
    const interaction = addFile('joint-statement.pdf', 2400, h.standIn.users.admin, 'application/pdf');
    const preview = (await privateEdit(interaction)).body;
    const embed = preview.embeds[0];
    expect(embed.title).toBe('Joint statement on security cooperation');
    expect(embed.fields.find((f: any) => f.name === 'Date')?.value).toBe('14 Jan 2026');
    expect(embed.description).toContain('Officials of both countries met in Washington on Tuesday to review their cooperation against the cartels');
    expect(embed.description).not.toContain('Page 1 of 3');
    const add = customIds(preview).find((id) => id.startsWith('corpus:add:'))!;
    const click = h.standIn.injectButton({ customId: add, message: h.standIn.originalMessage(interaction), user: h.standIn.users.admin });
    expect((await buttonOutcome(click)).content).toMatch(/^Added \*\*Joint statement on security cooperation\*\*/);
    const file = corpusFiles().find((f) => f.startsWith('joint-statement-on-security-cooperation'));
    expect(file).toBe('joint-statement-on-security-cooperation.md');
    expect(fs.readFileSync(path.join(work, 'corpus', file!), 'utf8')).toContain('## Next steps\n\n- A joint unit on cartel finances will open in Monterrey.');
    // The sentence the page break cut in two is one sentence, and answers.
    const answer = await ask('Does Mexico accept foreign troops on its territory?');
    expect(answer).toContain('does not accept the presence of foreign troops on its territory, and the United States said it respects that decision');
  });

  test('an attached Word document is read into Markdown, added, and answered from', async () => {
    const interaction = addFile('readout.docx', 1800, h.standIn.users.admin, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const preview = (await privateEdit(interaction)).body;
    expect(preview.embeds[0].title).toBe('Readout of the foreign ministers call');
    expect(preview.embeds[0].fields.find((f: any) => f.name === 'Date')?.value).toBe('15 Jan 2026');
    const add = customIds(preview).find((id) => id.startsWith('corpus:add:'))!;
    const click = h.standIn.injectButton({ customId: add, message: h.standIn.originalMessage(interaction), user: h.standIn.users.admin });
    expect((await buttonOutcome(click)).content).toMatch(/^Added \*\*Readout of the foreign ministers call\*\*/);
    expect(corpusFiles()).toContain('readout-of-the-foreign-ministers-call.md');
    expect(await ask('Where will the consular officials meet?')).toContain('Tijuana');
  });

  test('an attached Markdown file is previewed, and Cancel adds nothing', async () => {
    const before = corpusFiles();
    const interaction = addFile('briefing.md', 140, h.standIn.users.admin);
    const preview = (await privateEdit(interaction)).body;
    expect(preview.embeds[0].title).toBe('Briefing on arms tracing');
    const cancel = customIds(preview).find((id) => id.startsWith('corpus:cancel:'))!;
    const click = h.standIn.injectButton({ customId: cancel, message: h.standIn.originalMessage(interaction), user: h.standIn.users.admin });
    expect(await buttonOutcome(click)).toMatchObject({ content: 'Cancelled — nothing was added.', components: [] });
    expect(corpusFiles()).toEqual(before);

    // A cancelled preview's Add (a stale copy of the message) no longer adds anything.
    const add = customIds(preview).find((id) => id.startsWith('corpus:add:'))!;
    const late = h.standIn.injectButton({ customId: add, message: h.standIn.originalMessage(interaction), user: h.standIn.users.admin });
    const expired = await h.standIn.waitForCallback(late);
    expect(expired.body.data).toMatchObject({ flags: MessageFlags.Ephemeral, content: 'That preview has expired or was already used. Run /corpus add again.' });
    expect(corpusFiles()).toEqual(before);
  });

  test('a file put in the corpus folder in another format is listed by /corpus list as not read, saying why; gone once it is removed', async () => {
    const listed = async () => {
      const list = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'list', user: h.standIn.users.mod });
      return (await privateEdit(list)).body.embeds[0].fields as { name: string; value: string }[];
    };
    fs.writeFileSync(path.join(work, 'corpus', 'briefing-notes.pdf'), '%PDF-1.7 not text');
    try {
      await h.engine.reindex();
      expect((await listed()).find((f) => f.name === 'Not read (1)')?.value).toBe(
        '• briefing-notes.pdf: a .pdf file: only .md and .txt files are read from the folder — add it with npm run add -- FILE, or /corpus add file:, which make it Markdown',
      );
    } finally {
      fs.rmSync(path.join(work, 'corpus', 'briefing-notes.pdf'));
      await h.engine.reindex();
    }
    expect((await listed()).map((f) => f.name)).toEqual([expect.stringMatching(/^Changes from Discord/)]);
  });

  test('an Add refused once it runs (the same file added from another preview meanwhile) replaces its "Adding" line with why, and adds nothing more', async () => {
    const previewOnce = async () => {
      const interaction = addFile('finance.md', 120, h.standIn.users.admin);
      const preview = (await privateEdit(interaction)).body;
      return h.standIn.injectButton.bind(h.standIn, { customId: customIds(preview).find((id) => id.startsWith('corpus:add:'))!, message: h.standIn.originalMessage(interaction), user: h.standIn.users.admin });
    };
    const [first, second] = [await previewOnce(), await previewOnce()];
    expect((await buttonOutcome(first())).content).toMatch(/^Added \*\*Cartel finance unit opens\*\*/);
    const files = corpusFiles();

    const late = second();
    const refused = await buttonOutcome(late);
    expect(refused).toMatchObject({ content: 'Nothing was added: since the preview, the same article was added as "Cartel finance unit opens" (cartel-finance-unit-opens.md).', embeds: [], components: [] });
    expect(editsOf(late).map((e) => e.content)).toEqual([expect.stringMatching(/^⏳ Adding \*\*Cartel finance unit opens\*\*/), refused.content]);
    expect(h.standIn.calls.some((c) => c.method === 'POST' && c.path === `/webhooks/${h.standIn.applicationId}/${late.token}`)).toBe(false);
    expect(corpusFiles()).toEqual(files);
  });
});

describe('members cannot change the corpus', () => {
  test('a member running /corpus add, update or remove is refused privately, and nothing is fetched or moved', async () => {
    const add = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'add', options: { url: `${base}/world/ministerial-for-members` } });
    const refusal = await h.standIn.waitForCallback(add);
    expect(refusal.body).toMatchObject({ type: 4, data: { flags: MessageFlags.Ephemeral } });
    expect(refusal.body.data.content).toContain('Only moderators');
    expect(served.some((r) => r.url === '/world/ministerial-for-members')).toBe(false);

    const remove = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'remove', options: { document: 'sheinbaum-trump-call.md' } });
    expect((await h.standIn.waitForCallback(remove)).body.data.content).toContain('Only moderators');
    expect(corpusFiles()).toContain('sheinbaum-trump-call.md');

    const fetchedBefore = served.length;
    const update = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'update', options: { document: 'lighthouse.md' } });
    expect((await h.standIn.waitForCallback(update)).body.data.content).toContain('Only moderators');
    expect(served.length).toBe(fetchedBefore);
  });

  test("in a DM only the bot's owners may use /corpus, as with /reindex", async () => {
    const byAdmin = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'list', user: h.standIn.users.admin, dm: true });
    expect((await h.standIn.waitForCallback(byAdmin)).body.data.content).toContain("only the bot's owners");
    const byOwner = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'list', user: h.standIn.users.owner, dm: true });
    expect((await privateEdit(byOwner)).body.embeds[0].description).toContain('`sheinbaum-trump-call.md`');
  });

  test("a member pressing a moderator's Add button is refused: the rule is checked again at the button", async () => {
    const interaction = addFile('briefing.md', 140, h.standIn.users.mod, 'text/markdown');
    const preview = (await privateEdit(interaction)).body;
    const add = customIds(preview).find((id) => id.startsWith('corpus:add:'))!;
    const before = corpusFiles();
    const click = h.standIn.injectButton({ customId: add, message: h.standIn.originalMessage(interaction), user: h.standIn.users.alice });
    const refusal = await h.standIn.waitForCallback(click);
    expect(refusal.body.data).toMatchObject({ flags: MessageFlags.Ephemeral });
    expect(refusal.body.data.content).toContain('Only moderators');
    expect(corpusFiles()).toEqual(before);
  });
});

describe('what cannot be added gets a clear private message', () => {
  test.each([
    ['neither a link nor a file', {}, {}],
    ['both a link and a file', { url: 'http://127.0.0.1/world' }, { file: { filename: 'briefing.md', size: 140, contentType: 'text/markdown', url: 'http://127.0.0.1/files/briefing.md' } }],
  ])('/corpus add with %s asks for one of the two', async (_, options, attachments) => {
    const interaction = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'add', options, attachments, user: h.standIn.users.mod });
    expect((await privateEdit(interaction)).body.data.content).toBe('Give either a link (url) or a file (file) to /corpus add — one of the two.');
  });

  test('/corpus remove of a document that is not in the corpus says so', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'remove', options: { document: 'no-such.md' }, user: h.standIn.users.mod });
    const reply = (await privateEdit(interaction)).body.data;
    expect(reply.content).toBe('There is no document "no-such.md" in the corpus. Pick one of those the command suggests, or see /corpus list.');
    expect(customIds(reply)).toEqual([]);
  });

  test.each([
    ['a link to the cloud metadata address', 'http://169.254.169.254/latest/meta-data/', /I won't fetch .*link-local/],
    ['a link to a private address', 'http://10.0.0.8/news', /I won't fetch .*private address/],
    ['a file: link', 'file:///etc/passwd', /I won't fetch .*only http and https/],
  ])('%s is refused', async (_, url, message) => {
    const interaction = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'add', options: { url }, user: h.standIn.users.mod });
    expect((await privateEdit(interaction)).body.content).toMatch(message);
  });

  test('an oversized file is refused from its metadata, before any download', async () => {
    const interaction = h.standIn.injectSlashCommand({
      name: 'corpus',
      subcommand: 'add',
      attachments: { file: { filename: 'archive.md', size: 6 * 1024 * 1024, contentType: 'text/markdown', url: `${base}/files/archive.md` } },
      user: h.standIn.users.mod,
    });
    expect((await privateEdit(interaction)).body.content).toBe("I can't use the file archive.md: it is 6 MB. Use a .md, .txt, .html, .pdf or .docx file of at most 5 MB.");
    expect(served.some((r) => r.url === '/files/archive.md')).toBe(false);
  });

  test('a page that is not an article (a section front page) is refused', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'add', options: { url: `${base}/world` }, user: h.standIn.users.mod });
    expect((await privateEdit(interaction)).body.content).toMatch(/doesn't look like an article/);
  });

  test('a duplicate of a document already in the corpus is shown as such, with no Add button', async () => {
    // The article the first test added, under another link whose page names the same canonical one.
    const interaction = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'add', options: { url: `${base}/world/ministerial-for-members` }, user: h.standIn.users.mod });
    const preview = (await privateEdit(interaction)).body;
    expect(preview.content).toBe('This document is already in the corpus — nothing to add.');
    expect(JSON.stringify(preview.embeds)).toContain('us-and-mexico-set-security-ministerial-for-february.md');
    expect(JSON.stringify(preview.embeds)).toContain('no sentence differs');
    expect(customIds(preview).map((id) => id.split(':')[1])).toEqual(['cancel']);
  });

  test('a page naming a document\'s link as its own but keeping little of its text is offered as its replacement only with a warning', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'add', options: { url: `${base}/republished` }, user: h.standIn.users.mod });
    const preview = (await privateEdit(interaction)).body;
    const replacing = preview.embeds[0].fields.find((f: any) => f.name === 'Replaces').value;
    expect(replacing).toContain('(`sheinbaum-trump-call.md`) — the same URL');
    expect(replacing).toMatch(/⚠️ It keeps only 0 of the old version's \d+ sentences: check that it is the same article before replacing\./);
    expect(customIds(preview).some((id) => id.startsWith('corpus:add:'))).toBe(false);
  });
});

describe('a moderator removes a document', () => {
  test('"Keep it" leaves the document in the corpus, answering, and its buttons cannot be pressed again', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'remove', options: { document: 'lighthouse.md' }, user: h.standIn.users.mod });
    const confirm = (await privateEdit(interaction)).body.data;
    const ids = customIds(confirm);
    const keep = ids.find((id) => id.startsWith('corpus:keep:'))!;
    const click = h.standIn.injectButton({ customId: keep, message: h.standIn.originalMessage(interaction), user: h.standIn.users.mod });
    const outcome = await buttonOutcome(click);
    expect(outcome.content).toBe('Kept — nothing was removed.');
    expect(outcome.components).toEqual([]);

    // The same confirmation's Remove, pressed after Keep, finds nothing to act on.
    const remove = ids.find((id) => id.startsWith('corpus:remove:'))!;
    const late = h.standIn.injectButton({ customId: remove, message: h.standIn.originalMessage(interaction), user: h.standIn.users.mod });
    expect(JSON.stringify((await h.standIn.waitForCallback(late, LONG)).body)).toMatch(/expired/i);
    expect(corpusFiles()).toContain('lighthouse.md');
    expect(await ask('How many pelicans did the lighthouse keeper count?')).toContain('__312__ pelicans');
  });

  test('autocomplete offers it; after Remove its passages no longer answer, and the file is in the trash', async () => {
    expect(await ask('How many pelicans did the lighthouse keeper count?')).toContain('__312__ pelicans');

    const typing = h.standIn.injectAutocomplete({ name: 'corpus', subcommand: 'remove', focused: 'document', options: { document: 'lightho' }, user: h.standIn.users.mod });
    const choices = (await h.standIn.waitForCallback(typing)).body;
    expect(choices).toEqual({ type: 8, data: { choices: [{ name: 'Lighthouse count (lighthouse.md)', value: 'lighthouse.md' }] } });

    const interaction = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'remove', options: { document: 'lighthouse.md' }, user: h.standIn.users.mod });
    const confirm = (await privateEdit(interaction)).body.data;
    expect(confirm.content).toContain('Remove [Lighthouse count](https://example.org/lighthouse)');
    const remove = customIds(confirm).find((id) => id.startsWith('corpus:remove:'))!;
    const click = h.standIn.injectButton({ customId: remove, message: h.standIn.originalMessage(interaction), user: h.standIn.users.mod });
    expect((await buttonOutcome(click)).content).toMatch(/^Removed \*\*Lighthouse count\*\* \(`lighthouse.md`\)/);

    expect(corpusFiles()).not.toContain('lighthouse.md');
    const trashed = fs.readdirSync(path.join(h.dataDir, 'corpus-trash'));
    expect(trashed.some((name) => name.endsWith('--lighthouse.md'))).toBe(true);
    expect(await ask('How many pelicans did the lighthouse keeper count?')).not.toContain('312 pelicans');
    const log = fs.readFileSync(path.join(h.dataDir, 'corpus-changes.jsonl'), 'utf8');
    expect(log).toContain('"action":"remove","docId":"lighthouse.md"');
  });
});

describe('a moderator restores a removed document', () => {
  test('autocomplete offers what the trash keeps (to moderators only); Restore puts it back, answering again, and the log channel says so', async () => {
    const offered = h.standIn.injectAutocomplete({ name: 'corpus', subcommand: 'restore', focused: 'version', options: { version: 'lighthouse' }, user: h.standIn.users.mod });
    const choices = (await h.standIn.waitForCallback(offered)).body.data.choices as { name: string; value: string }[];
    expect(choices).toHaveLength(1);
    expect(choices[0]!.name).toMatch(/^Lighthouse count — removed \d{4}-\d{2}-\d{2} by morgan-mod \(lighthouse\.md\)$/);
    const member = h.standIn.injectAutocomplete({ name: 'corpus', subcommand: 'restore', focused: 'version', options: { version: 'lighthouse' } });
    expect((await h.standIn.waitForCallback(member)).body.data.choices).toEqual([]);

    const interaction = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'restore', options: { version: choices[0]!.value }, user: h.standIn.users.mod });
    const preview = (await privateEdit(interaction)).body;
    expect(preview.content).toMatch(/^Restore \[Lighthouse count\]\(https:\/\/example\.org\/lighthouse\) as `lighthouse\.md` \(2 sentences; removed <t:\d+:f> \(<t:\d+:R>\) by \*\*morgan-mod\*\*\)\? No document has its name now: it is added back\.$/);
    const restore = customIds(preview).find((id) => id.startsWith('corpus:restore:'))!;
    const click = h.standIn.injectButton({ customId: restore, message: h.standIn.originalMessage(interaction), user: h.standIn.users.mod });
    expect((await buttonOutcome(click)).content).toMatch(/^Restored \*\*Lighthouse count\*\* as `lighthouse\.md`: 2 sentences/);
    expect(corpusFiles()).toContain('lighthouse.md');
    expect(await ask('How many pelicans did the lighthouse keeper count?')).toContain('__312__ pelicans');
    const post = await h.standIn.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${h.standIn.guild.channelId}/messages` && /restored/.test(c.body?.content), LONG);
    expect(post.body.content).toContain('♻️ restored [Lighthouse count](https://example.org/lighthouse)');
    // Members are told it is back, not that it is new.
    const news = await h.standIn.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${newsChannelId}/messages` && /Lighthouse count/.test(c.body?.content), LONG);
    expect(news.body.content).toMatch(/^↩️ \*\*Back in the coverage\*\* \(1 document\):\n• \[Lighthouse count\]\(https:\/\/example\.org\/lighthouse\)/);

    // Asked again: the corpus holds that very version, and nothing is offered to press.
    const again = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'restore', options: { version: choices[0]!.value }, user: h.standIn.users.mod });
    const refused = (await privateEdit(again)).body;
    expect(refused.content).toContain('Nothing to restore: "Lighthouse count" (lighthouse.md) in the corpus is that very version.');
    expect(customIds(refused)).toEqual([]);
  });

  test('a typed version that names none is refused privately, and a member may not restore', async () => {
    const typed = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'restore', options: { version: 'the lighthouse one' }, user: h.standIn.users.mod });
    expect((await h.standIn.waitForCallback(typed)).body.data.content).toContain('no longer in the trash folder');
    const member = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'restore', options: { version: '0' } });
    expect((await h.standIn.waitForCallback(member)).body.data.content).toContain('Only moderators');
  });
});

describe('a moderator updates a document from its link', () => {
  test('/corpus update shows what the newer version changes; Replace puts it in place under the same id, and members are answered from the new text', async () => {
    const link = `${base}/tide`;
    tide = tideStory(link, 'The tide gauge at Veracruz read 1.2 metres on Friday. Harbour pilots delayed two grain ships.');
    const adding = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'add', options: { url: link }, user: h.standIn.users.mod });
    const add = customIds((await privateEdit(adding)).body).find((id) => id.startsWith('corpus:add:'))!;
    await buttonOutcome(h.standIn.injectButton({ customId: add, message: h.standIn.originalMessage(adding), user: h.standIn.users.mod }));
    const docId = 'tide-gauge-at-veracruz.md';
    expect(corpusFiles()).toContain(docId);

    // Only documents with a link are offered: the one written by hand into the folder has none.
    fs.writeFileSync(path.join(work, 'corpus', 'tide-notes.md'), '# Tide notes\n\nThe harbour master keeps the tide notes in a blue binder.\n');
    await h.engine.reindex();
    const typing = h.standIn.injectAutocomplete({ name: 'corpus', subcommand: 'update', focused: 'document', options: { document: 'tide' }, user: h.standIn.users.mod });
    expect((await h.standIn.waitForCallback(typing)).body).toEqual({ type: 8, data: { choices: [{ name: `Tide gauge at Veracruz (${docId})`, value: docId }] } });
    const noLink = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'update', options: { document: 'tide-notes.md' }, user: h.standIn.users.mod });
    expect((await privateEdit(noLink)).body.content).toMatch(/^"Tide notes" \(tide-notes.md\) has no link to fetch a newer version from\. Attach the new version/);
    const unchanged = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'update', options: { document: docId }, user: h.standIn.users.mod });
    expect((await privateEdit(unchanged)).body.content).toBe(`"Tide gauge at Veracruz" (${docId}) is unchanged at ${link}: nothing to update.`);

    tide = tideStory(link, 'The tide gauge at Veracruz read 1.4 metres on Saturday. Harbour pilots delayed two grain ships. The port reopened to tankers on Sunday morning.');
    // The update check finds it and tells the moderators, once for this version.
    const reports = () => h.standIn.landedCalls.filter((c) => c.method === 'POST' && c.path === `/channels/${h.standIn.guild.channelId}/messages` && /newer version/i.test(c.body?.content));
    expect(reports()).toHaveLength(0);
    await h.bot.updateWatch!.checkNow();
    expect(reports()).toHaveLength(1);
    expect(reports()[0]!.body.content).toBe(
      `🔄 A newer version of a document is at its link:\n• [Tide gauge at Veracruz](${link}) (\`${docId}\`): 2 sentences new, 1 sentence gone\nA moderator can review and replace one with \`/corpus update\`.`,
    );
    await h.bot.updateWatch!.checkNow();
    expect(reports()).toHaveLength(1);
    // What it reported is kept in the data folder: a bot started again reports that version no more.
    const state = JSON.parse(fs.readFileSync(path.join(h.dataDir, UPDATE_CHECK_STATE_FILE), 'utf8'));
    expect(state.reported[docId]).toMatch(/^[0-9a-f]{16}$/);
    expect(typeof state.lastCheckAt).toBe('number');
    const restarted = await startUpdateWatch(h.bot.client, h.bot.context, { hours: 24, channelId: h.standIn.guild.channelId, stateFile: path.join(h.dataDir, UPDATE_CHECK_STATE_FILE) });
    await restarted.checkNow();
    restarted.stop();
    expect(reports()).toHaveLength(1);
    // The shipped article's outlet is not found (the harness's DNS knows no host on the internet): a warning the first time, not at every check.
    const unreachable = h.logLines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'update check: could not fetch a document again' && l.docId === 'sheinbaum-trump-call.md');
    expect(unreachable.map((l) => l.level)).toEqual(['warn', 'debug', 'warn']);

    const updating = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'update', options: { document: docId }, user: h.standIn.users.mod });
    const preview = (await privateEdit(updating)).body;
    expect(preview.content).toBe('A newer version of a document in the corpus — press **Replace** to put it in its place, or **Cancel**.');
    expect(preview.embeds[0].description).toContain('The port reopened to tankers on Sunday morning.');
    expect(preview.embeds[0].fields.find((f: any) => f.name === 'Replaces').value).toContain('2 sentences new, 1 sentence no longer in it');
    expect(customIds(preview).map((id) => id.split(':')[1])).toEqual(['replace', 'cancel']);

    const replace = customIds(preview).find((id) => id.startsWith('corpus:replace:'))!;
    const done = await buttonOutcome(h.standIn.injectButton({ customId: replace, message: h.standIn.originalMessage(updating), user: h.standIn.users.mod }));
    expect(done.content).toMatch(new RegExp(`^Replaced \\*\\*Tide gauge at Veracruz\\*\\* \\(\`${docId}\`\\) with \\[Tide gauge at Veracruz\\]`));
    expect(done.content).toContain('2 sentences new, 1 sentence gone');
    expect(corpusFiles().filter((f) => f.startsWith('tide-gauge'))).toEqual([docId]);
    expect(fs.readdirSync(path.join(h.dataDir, 'corpus-trash')).some((name) => name.endsWith(`--${docId}`))).toBe(true);

    const answer = await ask('When did the port of Veracruz reopen to tankers?');
    expect(answer).toContain('The port reopened to tankers on __Sunday__ morning.');
    expect(answer).toContain('Tide gauge at Veracruz');
    const post = await h.standIn.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${h.standIn.guild.channelId}/messages` && /updated/.test(c.body?.content), LONG);
    expect(post.body.content).toContain('morgan-mod');
    const list = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'list', user: h.standIn.users.mod });
    expect(JSON.stringify((await privateEdit(list)).body)).toContain('updated by morgan-mod');
  });

  test('/corpus restore offers the version the update replaced, as taking the newer one\'s place; Cancel leaves the newer one answering', async () => {
    const offered = h.standIn.injectAutocomplete({ name: 'corpus', subcommand: 'restore', focused: 'version', options: { version: 'tide' }, user: h.standIn.users.mod });
    const [choice] = (await h.standIn.waitForCallback(offered)).body.data.choices as { name: string; value: string }[];
    expect(choice!.name).toMatch(/^Tide gauge at Veracruz — the version before the update of \d{4}-\d{2}-\d{2} by morgan-mod$/);
    const restoring = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'restore', options: { version: choice!.value }, user: h.standIn.users.mod });
    const preview = (await privateEdit(restoring)).body;
    expect(preview.content).toContain('It takes the place of [Tide gauge at Veracruz]');
    expect(preview.content).toContain('which is kept in the trash folder.');
    const cancel = customIds(preview).find((id) => id.startsWith('corpus:cancel:'))!;
    expect((await buttonOutcome(h.standIn.injectButton({ customId: cancel, message: h.standIn.originalMessage(restoring), user: h.standIn.users.mod }))).content).toBe('Cancelled — nothing was restored.');
    expect(await ask('When did the port of Veracruz reopen to tankers?')).toContain('The port reopened to tankers on __Sunday__ morning.');
  });
});

describe('a moderator adds several links at once', () => {
  test('each link is previewed on one line with what Add does with it; one Add writes the new ones, reindexes once, records and posts each', async () => {
    const links = ['/batch/harbour', '/batch/harbour-syndicated', '/batch/museum', '/batch/seed-copy', '/world', '/batch/gone'].map((p) => `${base}${p}`);
    const interaction = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'add', options: { url: `${links[0]}, <${links[1]}>\n${links.slice(2).join(' ')}` }, user: h.standIn.users.mod });
    const preview = (await privateEdit(interaction)).body;
    expect(preview.content).toBe('Preview of 6 links — press **Add 2** to put the 2 new documents in the corpus, or **Cancel**.');
    const fields: { name: string; value: string }[] = preview.embeds[0].fields;
    expect(fields.map((f) => f.name)).toEqual([
      '1. Harbour pilots return to work',
      '2. (not added) Harbour pilots return to work',
      '3. Railway museum reopens in Puebla',
      '4. (not added) Mexican President Rejects US Military Aid Against Cartels',
      `5. ${links[4]}`,
      `6. ${links[5]}`,
    ]);
    expect(fields[0]!.value).toMatch(/^15 Jan 2026 · 2 sentences · saved as `harbour-pilots-return-to-work\.md`/);
    expect(fields[1]!.value).toContain('The same article as link 1: added once.');
    expect(fields[3]!.value).toContain('Already in the corpus as **Mexican President Rejects US Military Aid Against Cartels** (`sheinbaum-trump-call.md`)');
    expect(fields[4]!.value).toMatch(/^❌ .*doesn't look like an article/);
    expect(fields[5]!.value).toMatch(/^❌ I couldn't fetch/);
    expect(customIds(preview).map((id) => id.split(':')[1])).toEqual(['add', 'cancel']);

    const changeLog = path.join(h.dataDir, 'corpus-changes.jsonl');
    const changesBefore = fs.existsSync(changeLog) ? fs.readFileSync(changeLog, 'utf8').trim().split('\n').length : 0;
    const add = customIds(preview).find((id) => id.startsWith('corpus:add:'))!;
    const done = await buttonOutcome(h.standIn.injectButton({ customId: add, message: h.standIn.originalMessage(interaction), user: h.standIn.users.mod }));
    expect(done.content).toMatch(/^Added 2 documents \(\d+ sentences embedded\), answerable after \d+\.\d s\. The index now holds \d+ sentences\./);
    expect(done.content).toMatch(/\n• \[Harbour pilots return to work\]\(http:\/\/127\.0\.0\.1:\d+\/batch\/harbour\) as `harbour-pilots-return-to-work\.md` \(2 sentences\)\n• \[Railway museum/);
    expect(corpusFiles()).toEqual(expect.arrayContaining(['harbour-pilots-return-to-work.md', 'railway-museum-reopens-in-puebla.md']));
    expect(corpusFiles().filter((f) => f.startsWith('harbour-pilots'))).toHaveLength(1);
    const changes = fs.readFileSync(changeLog, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(changes.slice(changesBefore).map((c) => [c.action, c.docId, c.userName])).toEqual([
      ['add', 'harbour-pilots-return-to-work.md', 'morgan-mod'],
      ['add', 'railway-museum-reopens-in-puebla.md', 'morgan-mod'],
    ]);
    for (const title of ['Harbour pilots return to work', 'Railway museum reopens in Puebla']) {
      await h.standIn.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${h.standIn.guild.channelId}/messages` && JSON.stringify(c.body).includes(title), LONG);
    }
    expect(await ask('How long did the roof repair of the railway museum take?')).toMatch(/> \*\*The railway museum in Puebla reopened on Friday after a roof repair that took (?:__)?fourteen months/);
    expect(await ask('How many container ships waited at anchor?')).toMatch(/> \*\*Shipping agents said (?:__)?eleven(?:__)? container ships/);
  });

  test('more links than one add takes is refused at once, privately, before anything is fetched', async () => {
    const fetched = served.length;
    const links = Array.from({ length: 11 }, (_, i) => `${base}/batch/harbour?${i}`).join(' ');
    const interaction = h.standIn.injectSlashCommand({ name: 'corpus', subcommand: 'add', options: { url: links }, user: h.standIn.users.mod });
    const reply = await h.standIn.waitForCallback(interaction, LONG);
    expect(reply.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(reply.body.data.content).toBe('11 links is more than one /corpus add takes (at most 10). Add them 10 at a time.');
    expect(served.length).toBe(fetched);
  });
});

describe('changes made in the corpus folder by hand', () => {
  test('a file copied in, found by /reindex, is posted in the log channel; none of the changes made with /corpus above is posted so', async () => {
    fs.writeFileSync(path.join(work, 'corpus', 'tugboats.md'), '# Tugboat crews strike at Altamira\n\nTugboat crews at Altamira stopped work on Saturday over night-shift pay.\n');
    const reindex = h.standIn.injectSlashCommand({ name: 'reindex', user: h.standIn.users.admin });
    await h.standIn.waitForCall((c) => c.method === 'PATCH' && c.path === `/webhooks/${h.standIn.applicationId}/${reindex.token}/messages/@original` && JSON.stringify(c.body).includes('tugboats.md'), LONG);
    const folderPost = (c: RecordedCall) => c.method === 'POST' && c.path === `/channels/${h.standIn.guild.channelId}/messages` && String(c.body?.content).startsWith('📂');
    await h.standIn.waitForCall((c) => folderPost(c) && String(c.body.content).includes('tugboats.md'), LONG, 'the folder change post');
    // The other file written by hand above (tide-notes.md), indexed by a reindex /corpus started, is
    // posted too; nothing /corpus itself added, updated, removed or restored is.
    expect(h.standIn.calls.filter(folderPost).map((c) => c.body.content)).toEqual([
      '📂 Changed in the corpus folder (not from Discord), now indexed:\n➕ added **Tide notes** (1 sentence) — `tide-notes.md`',
      '📂 Changed in the corpus folder (not from Discord), now indexed:\n➕ added **Tugboat crews strike at Altamira** (1 sentence) — `tugboats.md`',
    ]);
  });

  test('a file added with npm run add beside the bot (its own engine on the same folders) is found by the next reindex, answered from, and posted as added with npm run add', async () => {
    const folders = { corpusDir: path.join(work, 'corpus'), indexDir: path.join(work, 'index'), modelsDir: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, embeddingModel: 'offline' };
    const cli = await createEngine(folders, silentLogger, { embedder: await offlineEmbedder() });
    const admin = new CorpusAdmin({ corpusDir: folders.corpusDir, dataDir: h.dataDir, policy: DEFAULT_FETCH_POLICY, engine: cli });
    const file = path.join(work, 'pilots.md');
    fs.writeFileSync(file, '# Harbour pilots add a night shift\n\nThe harbour pilots of Veracruz added a night shift on Friday so that tankers can enter after dark.\n');
    let out = '';
    await addDocuments({ admin, sources: [file], by: { userId: COMMAND_LINE_USER_ID, userName: 'tester' }, yes: true, confirm: null, write: (text) => (out += text), warn: () => {} });
    expect(out).toContain('Added harbour-pilots-add-a-night-shift.md');

    const reindex = h.standIn.injectSlashCommand({ name: 'reindex', user: h.standIn.users.admin });
    await h.standIn.waitForCall((c) => c.method === 'PATCH' && c.path === `/webhooks/${h.standIn.applicationId}/${reindex.token}/messages/@original` && JSON.stringify(c.body).includes('harbour-pilots-add-a-night-shift.md'), LONG);
    const posted = await h.standIn.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${h.standIn.guild.channelId}/messages` && String(c.body?.content).startsWith('📂') && String(c.body.content).includes('harbour-pilots-add-a-night-shift.md'), LONG, 'the folder change post');
    expect(posted.body.content).toBe('📂 Changed in the corpus folder (not from Discord), now indexed:\n➕ added **Harbour pilots add a night shift** (1 sentence) — `harbour-pilots-add-a-night-shift.md`, with npm run add by tester');
    expect(await ask('When can tankers enter the harbour of Veracruz?')).toContain('night shift');
  });
});

test('Discord accepted every REST call the bot made', () => {
  expect(h.standIn.failedCalls()).toEqual([]);
});
