/**
 * CorpusAdmin with the real engine (offline model, hnswlib, files on disk) and documents served
 * from 127.0.0.1, allowed explicitly.
 */
import fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CorpusAdmin } from '../../../src/corpus/admin/corpus-admin.ts';
import { DEFAULT_FETCH_POLICY } from '../../../src/corpus/fetch/fetch-policy.ts';
import type { Engine } from '../../../src/engine/create-engine.ts';
import { shippedArticleEngine, type CorpusEngine } from '../../helpers/corpus-engine.ts';

const NOTES =
  '---\nsource: https://example.org/harbour\ndate: 2026-01-16\n---\n# Harbour inspection\n\n' +
  'Inspectors at the port of Manzanillo opened 48 containers on Thursday looking for fentanyl precursors. ' +
  'They found chemicals in three of them, shipped from Shanghai under false labels.\n';
const MOD = { userId: '111111111111111111', userName: 'morgan-mod' };
// Another outlet's story: two sentences of the shipped article's wire copy, and one of its own.
const WIRE =
  '---\nsource: https://courier.example/call\ndate: 2026-01-13\n---\n# Courier: the call\n\n' +
  "The leaders held a 15-minute phone call on Monday, January 12, 2026, where Sheinbaum reiterated Mexico's commitment to handling security issues independently. " +
  'The U.S. State Department noted that Rubio asked for "tangible results" and increased collaboration to dismantle cartel networks. ' +
  'Our correspondent in Mexico City reports that the call was discussed at length on local radio.\n';

/** The tide story as its page reads now: the tests change it to publish a newer version at the same link. */
let tide = '';
/** The ferry notes' page, in Markdown. */
let ferry = '';
/** Another outlet's copy of the tide story. */
let reprint = '';
const tideStory = (link: string, sentences: string) => `---\nsource: ${link}\ndate: 2026-01-17\n---\n# Tide gauge at Veracruz\n\n${sentences}\n`;

/** Pages added several at once. */
const BATCH: Record<string, string> = {
  '/bridge.md': '---\ndate: 2026-01-18\n---\n# Bridge toll lifted\n\nThe toll on the Coatzacoalcos bridge was lifted on Saturday for the rest of the month. Drivers had paid 45 pesos a crossing.\n',
  '/quay.md': '---\ndate: 2026-01-20\n---\n# Quay repaired\n\nThe north quay at Progreso reopened on Tuesday after divers repaired its pilings. Fishing boats had moored at the south quay for six weeks.\n',
  '/ferry-times.md': '---\ndate: 2026-01-20\n---\n# Ferry times\n\nThe Cozumel ferry ran every forty minutes during the festival. The last crossing left the mainland at eleven at night.\n',
  '/orchard.md': '---\ndate: 2026-01-19\n---\n# Avocado orchards certified\n\nInspectors certified 230 avocado orchards in Michoacán for export on Monday. The growers had waited since October.\n',
};

let built: CorpusEngine;
let server: Server;
let base: string;
let engine: Engine;
let admin: CorpusAdmin;

beforeAll(async () => {
  server = createServer((req, res) => {
    const batch = BATCH[(req.url ?? '').split('?')[0]!];
    res.writeHead(200, { 'content-type': 'text/markdown' }).end(batch ?? (req.url === '/wire.md' ? WIRE : req.url === '/tide.md' ? tide : req.url === '/ferry.md' ? ferry : req.url === '/reprint.md' ? reprint : NOTES));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  built = await shippedArticleEngine('corpus-admin-engine');
  engine = built.engine;
  const corpusDir = path.join(built.root, 'corpus');
  admin = new CorpusAdmin({ corpusDir, dataDir: path.join(built.root, 'data'), policy: { ...DEFAULT_FETCH_POLICY, allowHosts: ['127.0.0.1'] }, engine });
}, 60_000);

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  built?.remove();
});

describe('CorpusAdmin', () => {
  test('two previews of one article: the first Add adds it — even while another reindex runs — and the second is refused', async () => {
    const first = await admin.previewUrl(`${base}/harbour.md`, MOD);
    const second = await admin.previewUrl(`${base}/harbour.md`, MOD);
    expect(first.duplicate).toBeNull();
    expect(first.sentences).toEqual([
      'Inspectors at the port of Manzanillo opened 48 containers on Thursday looking for fentanyl precursors.',
      'They found chemicals in three of them, shipped from Shanghai under false labels.',
    ]);

    const concurrent = engine.reindex();
    const added = await admin.add(first, MOD);
    await concurrent;
    expect(added).toMatchObject({ docId: 'harbour-inspection.md', sentences: 2 });
    expect(engine.sources().documents.map((d) => d.docId)).toContain('harbour-inspection.md');
    const answer = await engine.ask('How many containers did inspectors open in Manzanillo?');
    expect(answer.passages[0]?.citation).toMatchObject({ docId: 'harbour-inspection.md', url: 'https://example.org/harbour', date: '2026-01-16' });

    await expect(admin.add(second, MOD)).rejects.toThrow('the same article was added as "Harbour inspection" (harbour-inspection.md)');
  });

  test('remove moves the file to the trash, the index drops it, and list shows both changes', async () => {
    const removed = await admin.remove('harbour-inspection.md', MOD);
    expect(fs.existsSync(path.join(admin.trashDir, removed.trashedAs))).toBe(true);
    expect(engine.sources().documents.map((d) => d.docId)).toEqual(['sheinbaum-trump-call.md']);
    const { documents, changes } = await admin.list();
    expect(documents.map((d) => d.docId)).toEqual(['sheinbaum-trump-call.md']);
    expect(changes.map((c) => `${c.action} ${c.docId} by ${c.userName}`)).toEqual(['add harbour-inspection.md by morgan-mod', 'remove harbour-inspection.md by morgan-mod']);
    await expect(admin.remove('harbour-inspection.md', MOD)).rejects.toThrow('There is no document "harbour-inspection.md"');
  });

  test('the last document is not removed: the engine needs one to answer from', async () => {
    await expect(admin.remove('sheinbaum-trump-call.md', MOD)).rejects.toThrow('"Mexican President Rejects US Military Aid Against Cartels" is the only document in the corpus');
    expect(engine.sources().documents.map((d) => d.docId)).toEqual(['sheinbaum-trump-call.md']);
    expect((await admin.list()).changes).toHaveLength(2);
  });

  test('a story sharing some sentences with a document: the preview says how many and with which, Add adds it, and answers cite both', async () => {
    const preview = await admin.previewUrl(`${base}/wire.md`, MOD);
    expect(preview.duplicate).toBeNull();
    expect(preview.shares).toEqual({ docId: 'sheinbaum-trump-call.md', title: 'Mexican President Rejects US Military Aid Against Cartels', shared: 2, of: 3 });
    await admin.add(preview, MOD);
    const answer = await engine.ask('How long was the call?');
    const cited = [answer.passages[0]!.citation.docId, ...(answer.passages[0]!.alsoIn ?? []).map((c) => c.citation.docId)].sort();
    expect(cited).toEqual(['courier-the-call.md', 'sheinbaum-trump-call.md']);
  });

  test('a newer version at the same link is offered as a replacement of its document: Replace keeps its id, keeps the old file in the trash, and answers come from the new text', async () => {
    const link = `${base}/tide.md`;
    tide = tideStory(link, 'The tide gauge at Veracruz read 1.2 metres on Friday. Harbour pilots delayed two grain ships.');
    const first = await admin.previewUrl(link, MOD);
    expect(first.replaces).toBeNull();
    const { docId } = await admin.add(first, MOD);
    expect(docId).toBe('tide-gauge-at-veracruz.md');
    const oldText = fs.readFileSync(path.join(built.root, 'corpus', docId), 'utf8');

    // Unchanged at its link: nothing to replace.
    await expect(admin.previewUpdate(docId, MOD)).rejects.toThrow(`"Tide gauge at Veracruz" (${docId}) is unchanged at ${link}: nothing to update.`);
    const again = await admin.previewUrl(link, MOD);
    expect(again.duplicate).toMatchObject({ docId, reason: 'same-url' });
    expect(again.replaces).toBeNull();

    tide = tideStory(link, 'The tide gauge at Veracruz read 1.4 metres on Saturday. Harbour pilots delayed two grain ships. The port reopened to tankers on Sunday morning.');
    const byLink = await admin.previewUrl(link, MOD);
    const byUpdate = await admin.previewUpdate(docId, MOD);
    for (const preview of [byLink, byUpdate]) {
      expect(preview.fileName).toBe(docId);
      expect(preview.replaces).toMatchObject({
        docId,
        title: 'Tide gauge at Veracruz',
        added: ['The tide gauge at Veracruz read 1.4 metres on Saturday.', 'The port reopened to tankers on Sunday morning.'],
        removed: 1,
      });
    }

    const replaced = await admin.replace(byLink, MOD);
    expect(replaced).toMatchObject({ docId, sentences: 3, trashedAs: expect.stringMatching(/--tide-gauge-at-veracruz\.md$/) });
    expect(replaced.report.changed).toEqual([docId]);
    expect(fs.readFileSync(path.join(admin.trashDir, replaced.trashedAs), 'utf8')).toBe(oldText);
    expect(fs.readFileSync(path.join(built.root, 'corpus', docId), 'utf8')).toContain('1.4 metres on Saturday');
    expect(fs.readdirSync(path.join(built.root, 'corpus')).filter((f) => f.includes('tide'))).toEqual([docId]);
    const answer = await engine.ask('When did the port of Veracruz reopen to tankers?');
    expect(answer.passages[0]!.citation.docId).toBe(docId);
    expect(answer.passages[0]!.text).toContain('Sunday morning');
    expect((await engine.ask('What did the tide gauge at Veracruz read?')).passages.map((p) => p.text).join(' ')).not.toContain('1.2 metres');

    // The same text at another outlet's link is its copy, not a newer version: nothing to replace.
    reprint = `---\nsource: https://courier.example/veracruz\n---\n# Veracruz tide\n\nThe tide gauge at Veracruz read 1.4 metres on Saturday. Harbour pilots delayed two grain ships. The port reopened to tankers on Sunday morning. A fourth sentence of its own.\n`;
    const copy = await admin.previewUrl(`${base}/reprint.md`, MOD);
    expect(copy.duplicate).toMatchObject({ docId, reason: 'same-text' });
    expect(copy.replaces).toBeNull();

    // The other preview was of the version just replaced: it is not applied blind.
    await expect(admin.replace(byUpdate, MOD)).rejects.toThrow(`Nothing was replaced: "Tide gauge at Veracruz" (${docId}) changed since the preview.`);
    const { documents, changes } = await admin.list();
    expect(documents.find((d) => d.docId === docId)?.added).toMatchObject({ action: 'update', userName: 'morgan-mod', trashedAs: `corpus-trash/${replaced.trashedAs}` });
    expect(changes.at(-1)).toMatchObject({ action: 'update', docId, sentences: 3 });
  });

  test('a plain-text document whose link now serves Markdown is replaced under a Markdown name: the old file goes to the trash, and the change names both', async () => {
    const link = `${base}/ferry.md`;
    fs.writeFileSync(path.join(built.root, 'corpus', 'ferry-notes.txt'), `---\nsource: ${link}\n---\nFerry notes\n\nThe ferry to Isla Mujeres sailed twice on Monday.\n`);
    await engine.reindex();
    ferry = `---\nsource: ${link}\n---\n# Ferry notes\n\nThe ferry to Isla Mujeres sailed twice on Monday.\n\n- It carried 140 passengers on Tuesday.\n`;
    const preview = await admin.previewUpdate('ferry-notes.txt', MOD);
    expect(preview.replaces).toMatchObject({ docId: 'ferry-notes.txt', added: ['It carried 140 passengers on Tuesday.'], removed: 0 });
    expect(preview.fileName).toBe('ferry-notes.md');
    const replaced = await admin.replace(preview, MOD);
    expect(replaced.docId).toBe('ferry-notes.md');
    expect(replaced.change).toMatchObject({ action: 'update', docId: 'ferry-notes.md', replacedDocId: 'ferry-notes.txt' });
    const files = fs.readdirSync(path.join(built.root, 'corpus'));
    expect(files).toContain('ferry-notes.md');
    expect(files).not.toContain('ferry-notes.txt');
    expect(fs.readdirSync(admin.trashDir).some((f) => f.endsWith('--ferry-notes.txt'))).toBe(true);
    expect(engine.sources().documents.map((d) => d.docId)).toEqual(expect.arrayContaining(['ferry-notes.md']));
    expect(engine.sources().documents.map((d) => d.docId)).not.toContain('ferry-notes.txt');
    expect((await engine.ask('How many passengers did the ferry carry on Tuesday?')).passages[0]!.citation.docId).toBe('ferry-notes.md');
  });

  test('a document with no link has no newer version to fetch; one not in the corpus is said to be missing', async () => {
    fs.writeFileSync(path.join(built.root, 'corpus', 'notes-by-hand.md'), '# Notes by hand\n\nThe ferry to Cozumel was cancelled twice this week.\n');
    await engine.reindex();
    await expect(admin.previewUpdate('notes-by-hand.md', MOD)).rejects.toThrow('"Notes by hand" (notes-by-hand.md) has no link to fetch a newer version from.');
    await expect(admin.previewUpdate('no-such.md', MOD)).rejects.toThrow('There is no document "no-such.md" in the corpus.');
  });

  // sysfs refuses new files to every user, root included: a data folder the bot cannot write, for real.
  test.runIf(process.platform === 'linux')('a data folder the bot cannot write: add, replace and remove say which folder and why, and change nothing', async () => {
    const corpusDir = path.join(built.root, 'corpus');
    const dataDir = '/sys/event-qa-bot-test-data';
    const stuck = new CorpusAdmin({ corpusDir, dataDir, policy: { ...DEFAULT_FETCH_POLICY, allowHosts: ['127.0.0.1'] }, engine });
    const before = fs.readdirSync(corpusDir).sort();
    const indexed = engine.sources().documents.map((d) => d.docId);
    const refused = new RegExp(`^Nothing was changed: the bot cannot write to its data folder ${dataDir} \\((permission denied|the system does not allow it|it is on a read-only file system)\\)\\. .*set DATA_DIR`);

    const harbour = await stuck.previewUrl(`${base}/harbour-again.md`, MOD);
    await expect(stuck.add(harbour, MOD)).rejects.toThrow(refused);
    tide = tideStory(`${base}/tide.md`, 'The tide gauge at Veracruz read 2.0 metres on Monday. Harbour pilots delayed two grain ships. The port reopened to tankers on Sunday morning.');
    const newer = await stuck.previewUpdate(indexed.find((id) => id.startsWith('tide'))!, MOD);
    await expect(stuck.replace(newer, MOD)).rejects.toThrow(refused);
    await expect(stuck.remove('notes-by-hand.md', MOD)).rejects.toThrow(refused);

    expect(fs.readdirSync(corpusDir).sort()).toEqual(before);
    expect(engine.sources().documents.map((d) => d.docId)).toEqual(indexed);
  });
});

describe('several links at once', () => {
  test('each is previewed, a second link to one article is marked as such, a refused link says why; Add writes the new ones and indexes them once', async () => {
    const items = await admin.previewUrls([`${base}/bridge.md`, `${base}/orchard.md`, `${base}/bridge.md?from=newsletter`, 'ftp://example.org/notes.md'], MOD);
    expect(items.map((item) => ('preview' in item ? [item.preview.article.title, item.sameAsEarlier] : ['error', item.error.slice(0, 40)]))).toEqual([
      ['Bridge toll lifted', null],
      ['Avocado orchards certified', null],
      ['Bridge toll lifted', 0],
      ['error', "I won't fetch ftp://example.org/notes.md"],
    ]);
    // More than one add takes: refused before any link is fetched.
    await expect(admin.previewUrls(Array.from({ length: 11 }, (_, i) => `ftp://example.org/${i}`), MOD)).rejects.toMatchObject({ code: 'TOO_MANY_LINKS' });
    const previews = items.flatMap((item) => ('preview' in item && item.sameAsEarlier === null ? [item.preview] : []));
    const result = await admin.addMany(previews, MOD);
    expect(result.added.map((a) => [a.docId, a.sentences])).toEqual([['bridge-toll-lifted.md', 2], ['avocado-orchards-certified.md', 2]]);
    expect(result).toMatchObject({ skipped: [], stopped: null });
    expect(result.report?.embedded).toBe(4);
    expect((await engine.ask('How much was the bridge toll?')).passages[0]?.citation.docId).toBe('bridge-toll-lifted.md');
    // Pressed again (a second preview of the same links): each is in the corpus now, and nothing is added twice.
    const again = await admin.addMany(previews, MOD);
    expect(again).toMatchObject({ added: [], report: null, stopped: null });
    expect(again.skipped.map((s) => s.duplicateOf.docId)).toEqual(['bridge-toll-lifted.md', 'avocado-orchards-certified.md']);
  });

  test('a write failing part way stops there: the documents before it are added and answerable, the rest is not written, and why is said', async () => {
    const [quay, ferryTimes] = (await admin.previewUrls([`${base}/quay.md`, `${base}/ferry-times.md`], MOD)).flatMap((item) => ('preview' in item ? [item.preview] : []));
    expect([quay?.duplicate, ferryTimes?.duplicate]).toEqual([null, null]);
    // A name no file system takes: its write fails after the first document's.
    const unwritable = { ...ferryTimes!, fileName: `${'ferry-'.repeat(60)}times.md` };
    const result = await admin.addMany([quay!, unwritable], MOD);
    expect(result.added.map((a) => a.title)).toEqual(['Quay repaired']);
    expect(result.stopped?.message).toMatch(/something went wrong writing it/);
    expect((result.stopped?.error as NodeJS.ErrnoException).code).toBe('ENAMETOOLONG');
    expect(fs.readdirSync(path.join(built.root, 'corpus')).some((f) => f.startsWith('ferry-ferry'))).toBe(false);
    expect(engine.sources().documents.map((d) => d.docId)).toContain(result.added[0]!.docId);
    // Nothing written yet: the failure is the caller's, as for one document.
    await expect(admin.addMany([unwritable], MOD)).rejects.toMatchObject({ code: 'ENAMETOOLONG' });
  });
});

describe('restoring from the trash', () => {
  const corpusFile = (docId: string) => path.join(built.root, 'corpus', docId);

  test('the trash keeps each removed document and each version an update replaced, newest first, with the id each gets back', async () => {
    const versions = await admin.trashedVersions();
    expect(versions.map((v) => `${v.how} ${v.docId}${v.successorId ? ` → ${v.successorId}` : ''}`)).toEqual([
      'updated ferry-notes.txt → ferry-notes.md',
      'updated tide-gauge-at-veracruz.md',
      'removed harbour-inspection.md',
    ]);
  });

  test('a removed document comes back under its id, answerable again; its trash file stays, and restoring it twice is refused', async () => {
    const version = (await admin.trashedVersions()).find((v) => v.docId === 'harbour-inspection.md')!;
    const preview = await admin.previewRestore(version.change);
    expect(preview).toMatchObject({ title: 'Harbour inspection', sentences: 2, displaces: null });
    const restored = await admin.restore(preview, MOD);
    expect(restored).toMatchObject({ docId: 'harbour-inspection.md', displaced: null, trashedAs: null });
    expect(restored.report.added).toEqual(['harbour-inspection.md']);
    expect(fs.readFileSync(corpusFile('harbour-inspection.md'), 'utf8')).toBe(fs.readFileSync(path.join(built.root, 'data', version.trashedAs), 'utf8'));
    const answer = await engine.ask('How many containers did inspectors open at Manzanillo?');
    expect(answer.passages[0]!.citation.docId).toBe('harbour-inspection.md');
    const { documents, changes } = await admin.list();
    expect(changes.at(-1)).toMatchObject({ action: 'restore', docId: 'harbour-inspection.md', restoredFrom: version.trashedAs, userName: 'morgan-mod' });
    expect(documents.find((d) => d.docId === 'harbour-inspection.md')?.added).toMatchObject({ action: 'restore' });
    await expect(admin.previewRestore(version.change)).rejects.toThrow('Nothing to restore: "Harbour inspection" (harbour-inspection.md) in the corpus is that very version.');
  });

  test('the version an update replaced takes back its place: the newer one goes to the trash, answers come from the old text, and the restore can be undone the same way', async () => {
    const docId = 'tide-gauge-at-veracruz.md';
    const newer = fs.readFileSync(corpusFile(docId), 'utf8');
    const version = (await admin.trashedVersions()).find((v) => v.docId === docId)!;
    const preview = await admin.previewRestore(version.change);
    expect(preview.displaces).toMatchObject({ docId, title: 'Tide gauge at Veracruz' });
    const restored = await admin.restore(preview, MOD);
    expect(restored.report.changed).toEqual([docId]);
    expect(fs.readFileSync(path.join(admin.trashDir, restored.trashedAs!), 'utf8')).toBe(newer);
    expect((await engine.ask('What did the tide gauge at Veracruz read?')).passages[0]!.text).toContain('1.2 metres');
    const undo = (await admin.trashedVersions())[0]!;
    expect(undo).toMatchObject({ how: 'restored', docId, trashedAs: `corpus-trash/${restored.trashedAs}` });
    // Undoing it is restoring the newer version, which takes the old one's place again.
    expect((await admin.previewRestore(undo.change)).displaces?.docId).toBe(docId);
  });

  test('a version whose update renamed it comes back under its old name, and the renamed successor goes', async () => {
    const version = (await admin.trashedVersions()).find((v) => v.docId === 'ferry-notes.txt')!;
    const preview = await admin.previewRestore(version.change);
    expect(preview.displaces?.docId).toBe('ferry-notes.md');
    const restored = await admin.restore(preview, MOD);
    expect(restored.change).toMatchObject({ action: 'restore', docId: 'ferry-notes.txt', replacedDocId: 'ferry-notes.md' });
    const files = fs.readdirSync(path.join(built.root, 'corpus'));
    expect(files).toContain('ferry-notes.txt');
    expect(files).not.toContain('ferry-notes.md');
    const ids = engine.sources().documents.map((d) => d.docId);
    expect(ids).toContain('ferry-notes.txt');
    expect(ids).not.toContain('ferry-notes.md');
  });

  test('a restore whose place changed since its preview (the document it would replace removed meanwhile) is refused, and writes nothing', async () => {
    const docId = 'tide-gauge-at-veracruz.md';
    const version = (await admin.trashedVersions()).find((v) => v.docId === docId)!;
    const preview = await admin.previewRestore(version.change);
    expect(preview.displaces?.docId).toBe(docId);
    await admin.remove(docId, MOD);
    const changes = (await admin.changeLog.read()).length;
    await expect(admin.restore(preview, MOD)).rejects.toMatchObject({
      code: 'RESTORE_CHANGED',
      message: 'Nothing was restored: what stands in the place of "Tide gauge at Veracruz" (tide-gauge-at-veracruz.md) changed since the preview. Run /corpus restore again to see what it would replace now.',
    });
    expect(fs.existsSync(corpusFile(docId))).toBe(false);
    expect(await admin.changeLog.read()).toHaveLength(changes);
  });

  test('a restore of a removed document whose name a file written by hand took since the preview is refused, and leaves that file as it is', async () => {
    const docId = 'tide-gauge-at-veracruz.md';
    const removed = (await admin.trashedVersions()).find((v) => v.docId === docId && v.how === 'removed')!;
    const preview = await admin.previewRestore(removed.change);
    expect(preview.displaces).toBeNull();
    fs.writeFileSync(corpusFile(docId), '# Tide gauge, by hand\n\nWritten on the server.\n');
    const changes = (await admin.changeLog.read()).length;
    try {
      await expect(admin.restore(preview, MOD)).rejects.toMatchObject({ code: 'RESTORE_CHANGED', message: expect.stringContaining('Run /corpus restore again') });
      expect(fs.readFileSync(corpusFile(docId), 'utf8')).toBe('# Tide gauge, by hand\n\nWritten on the server.\n');
      expect(await admin.changeLog.read()).toHaveLength(changes);
    } finally {
      fs.rmSync(corpusFile(docId));
    }
  });

  test('a version the log does not record, or whose trash file was deleted by hand, is said to be gone', async () => {
    await expect(admin.previewRestore(9999)).rejects.toMatchObject({ code: 'NOT_IN_TRASH' });
    const version = (await admin.trashedVersions()).find((v) => v.docId === 'ferry-notes.txt')!;
    fs.rmSync(path.join(built.root, 'data', version.trashedAs));
    expect((await admin.trashedVersions()).some((v) => v.change === version.change)).toBe(false);
    await expect(admin.previewRestore(version.change)).rejects.toMatchObject({ code: 'NOT_IN_TRASH' });
    // A log edited by hand to point outside the trash folder reads nothing from there.
    await admin.changeLog.append({ time: new Date().toISOString(), action: 'remove', docId: 'x.md', title: 'X', url: null, userId: '1', userName: 'someone', sentences: 1, trashedAs: '../corpus/harbour-inspection.md' });
    const outside = (await admin.changeLog.read()).length - 1;
    expect((await admin.trashedVersions()).some((v) => v.change === outside)).toBe(false);
    await expect(admin.previewRestore(outside)).rejects.toMatchObject({ code: 'NOT_IN_TRASH' });
  });
});
