import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { CorpusChangeLog, latestAdds, recentLatestChanges, type CorpusChange } from '../../../src/corpus/admin/change-log.ts';
import { copyToTrash, documentPath, moveToTrash, replaceDocument, writeNewDocument } from '../../../src/corpus/admin/corpus-files.ts';
import { fileNameFor, slugOf } from '../../../src/corpus/admin/document-file.ts';
import { compareWithCorpus, findDuplicate, normaliseUrl, sentenceChanges } from '../../../src/corpus/admin/duplicates.ts';
import { folderNotWritable } from '../../../src/corpus/admin/corpus-admin.ts';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-admin-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const change = (action: CorpusChange['action'], docId: string, time: string): CorpusChange => ({
  time,
  action,
  docId,
  title: docId,
  url: null,
  userId: '1',
  userName: 'mod',
  sentences: 3,
});

describe('the change log', () => {
  test('GIVEN changes appended THEN they read back in order, and a torn last line from a crash is skipped', async () => {
    const log = new CorpusChangeLog(path.join(dir, 'nested', 'corpus-changes.jsonl'));
    expect(await log.read()).toEqual([]);
    await log.append(change('add', 'a.md', '2026-01-15T10:00:00.000Z'));
    await log.append(change('add', 'b.md', '2026-01-15T11:00:00.000Z'));
    await log.append(change('remove', 'a.md', '2026-01-15T12:00:00.000Z'));
    fs.appendFileSync(log.file, '{"time":"2026-01-15T13:00');
    const changes = await log.read();
    expect(changes.map((c) => `${c.action} ${c.docId}`)).toEqual(['add a.md', 'add b.md', 'remove a.md']);
    expect([...latestAdds(changes).keys()]).toEqual(['b.md']);
  });

  test('GIVEN a document updated THEN its update is what put its current version in, and one updated under a new name drops the old name', () => {
    const updated = { ...change('update', 'b.md', '2026-01-16T10:00:00.000Z'), userName: 'other-mod' };
    const renamed = { ...change('update', 'c.md', '2026-01-16T11:00:00.000Z'), replacedDocId: 'c.txt' };
    const adds = latestAdds([change('add', 'b.md', '2026-01-15T10:00:00.000Z'), change('add', 'c.txt', '2026-01-15T11:00:00.000Z'), updated, renamed]);
    expect([...adds.keys()]).toEqual(['b.md', 'c.md']);
    expect(adds.get('b.md')?.userName).toBe('other-mod');
  });

  test('GIVEN changes of the last minutes and older THEN each document\'s latest, recent one (a restore under another name for the old name too), and none older than ten minutes', () => {
    const now = Date.parse('2026-01-16T12:00:00.000Z');
    const restored = { ...change('restore', 'c.md', '2026-01-16T11:58:00.000Z'), replacedDocId: 'c.txt' };
    const recent = recentLatestChanges(
      [change('add', 'a.md', '2026-01-16T11:59:00.000Z'), change('update', 'a.md', '2026-01-16T11:59:30.000Z'), change('add', 'b.md', '2026-01-16T11:49:59.000Z'), restored, change('add', 'd.md', '2026-01-16T11:50:00.000Z')],
      now,
    );
    expect([...recent].map(([docId, c]) => `${docId} ${c.action} ${c.docId}`)).toEqual(['a.md update a.md', 'c.md restore c.md', 'c.txt restore c.md', 'd.md add d.md']);
  });
});

describe('a newer version of a document', () => {
  test('GIVEN its sentences THEN those new (in order, once) and the number dropped are what changed, compared as duplicates are', () => {
    const before = ['The call lasted 15 minutes.', 'Rubio asked for results.', 'Trump insisted.'];
    const after = ['The call lasted 20 minutes.', 'rubio asked for results', 'Trump insisted.', 'The call lasted 20 minutes.', 'A new paragraph.'];
    expect(sentenceChanges(after, before)).toEqual({ added: ['The call lasted 20 minutes.', 'A new paragraph.'], removed: 1, kept: 2 });
    expect(sentenceChanges(before, before)).toEqual({ added: [], removed: 0, kept: 3 });
  });

  test('GIVEN it is written THEN it replaces the file in one step, the old one copied to the trash first, and no temporary file is left', async () => {
    fs.mkdirSync(path.join(dir, 'corpus'));
    fs.writeFileSync(path.join(dir, 'corpus', 'a.md'), 'old text');
    const kept = await copyToTrash(path.join(dir, 'corpus'), 'a.md', path.join(dir, 'trash'), new Date('2026-01-15T10:00:00.000Z'));
    await replaceDocument(path.join(dir, 'corpus'), 'a.md', 'new text');
    expect(kept).toBe('2026-01-15T10-00-00-000Z--a.md');
    expect(fs.readFileSync(path.join(dir, 'trash', kept), 'utf8')).toBe('old text');
    expect(fs.readFileSync(path.join(dir, 'corpus', 'a.md'), 'utf8')).toBe('new text');
    expect(fs.readdirSync(path.join(dir, 'corpus'))).toEqual(['a.md']);
    await expect(replaceDocument(path.join(dir, 'corpus'), '../outside.md', 'x')).rejects.toThrow('document id outside the corpus');
  });
});

describe('corpus files', () => {
  test('GIVEN a name already taken THEN writing a new document refuses to replace it', async () => {
    await writeNewDocument(dir, 'a.md', 'first');
    await expect(writeNewDocument(dir, 'a.md', 'second')).rejects.toThrow(/EEXIST/);
    expect(fs.readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe('first');
  });

  test('GIVEN a document removed THEN it is moved into the trash folder, not deleted', async () => {
    fs.mkdirSync(path.join(dir, 'corpus', 'news'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'corpus', 'news', 'a.md'), 'text');
    const name = await moveToTrash(path.join(dir, 'corpus'), 'news/a.md', path.join(dir, 'trash'), new Date('2026-01-15T10:00:00Z'));
    expect(name).toBe('2026-01-15T10-00-00-000Z--news__a.md');
    expect(fs.readFileSync(path.join(dir, 'trash', name), 'utf8')).toBe('text');
    expect(fs.existsSync(path.join(dir, 'corpus', 'news', 'a.md'))).toBe(false);
  });

  test('GIVEN a document id that steps outside the corpus THEN it is refused', () => {
    expect(() => documentPath(dir, '../secrets.md')).toThrow('outside the corpus');
    expect(documentPath(dir, 'news/a.md')).toBe(path.join(dir, 'news', 'a.md'));
  });
});

describe('file names', () => {
  test('GIVEN a title with accents, quotes and punctuation THEN the slug is plain ASCII', () => {
    expect(slugOf("México's Security Plan: What's Next?")).toBe('mexicos-security-plan-whats-next');
    expect(slugOf('¿¡!?')).toBe('document');
  });

  test('GIVEN the name is taken THEN a number is added', () => {
    expect(fileNameFor('Call', 'markdown', new Set(['call.md', 'call-2.md']))).toBe('call-3.md');
    expect(fileNameFor('Call', 'text', new Set(['call.md']))).toBe('call.txt');
  });
});

describe('compareWithCorpus: the sentences a story shares with the corpus', () => {
  const existing = [
    { docId: 'call.md', title: 'The call', url: null, sentences: ['The call lasted 15 minutes.', 'Sheinbaum said no.', 'Rubio asked for results.', 'Both agreed to meet.'] },
    { docId: 'other.md', title: 'Other', url: null, sentences: ['Sheinbaum said no.', 'Markets rose.'] },
  ];

  test('GIVEN a story repeating some sentences of two documents THEN the one it shares most with, and how many of its distinct sentences', () => {
    const story = ['The call lasted 15 minutes.', 'Sheinbaum said no!', 'Rubio asked for results.', 'Our reporter adds a line.', 'Our reporter adds a line.'];
    expect(compareWithCorpus({ url: null, sentences: story }, existing)).toEqual({ duplicate: null, shares: { docId: 'call.md', title: 'The call', shared: 3, of: 4 } });
  });

  test('GIVEN no sentence in common THEN none; a duplicate THEN the duplicate alone', () => {
    expect(compareWithCorpus({ url: null, sentences: ['Something else entirely.'] }, existing).shares).toBeNull();
    expect(compareWithCorpus({ url: null, sentences: [] }, existing).shares).toBeNull();
    const copy = compareWithCorpus({ url: null, sentences: existing[0]!.sentences }, existing);
    expect(copy).toEqual({ duplicate: { docId: 'call.md', title: 'The call', reason: 'same-text', overlap: 1 }, shares: null });
  });
});

describe('findDuplicate', () => {
  const existing = [
    { docId: 'call.md', title: 'The call', url: 'https://www.example.org/news/call/', sentences: ['The call lasted 15 minutes.', 'Sheinbaum said no.', 'Rubio asked for results.', 'Both agreed to meet.', 'Trump insisted.'] },
  ];

  test('GIVEN the same URL spelled differently THEN it is a duplicate', () => {
    expect(normaliseUrl('http://example.org/news/call?utm_source=x#top')).toBe(normaliseUrl('https://www.example.org/news/call/'));
    expect(findDuplicate({ url: 'https://example.org/news/call?utm_medium=social', sentences: ['Different text.'] }, existing)).toEqual({ docId: 'call.md', title: 'The call', reason: 'same-url' });
  });

  test('GIVEN most sentences repeated under another URL THEN it is a duplicate by text', () => {
    const copy = ['The call lasted 15 minutes!', 'Sheinbaum said no.', 'Rubio asked for results.', 'Both agreed to meet.', 'A new closing line.'];
    expect(findDuplicate({ url: 'https://mirror.example.net/x', sentences: copy }, existing)).toMatchObject({ docId: 'call.md', reason: 'same-text', overlap: 0.8 });
  });

  test('GIVEN a different article on the same story THEN it is not a duplicate', () => {
    expect(findDuplicate({ url: 'https://example.org/news/ministerial', sentences: ['The ministerial is in February.', 'Rubio asked for results.', 'Arms are the topic.'] }, existing)).toBeNull();
  });
});

describe('a write the file system refuses, in words', () => {
  // sysfs refuses new files to every user, root included: a real refusal to put in words.
  test.runIf(process.platform === 'linux')('GIVEN a refusal in the corpus folder or the data folder THEN the message names that folder and the setting that moves it; another error is none', async () => {
    const refusal = await writeNewDocument('/sys', 'event-qa-test.md', 'x').then(() => null, (e: unknown) => e);
    const reason = '(permission denied|the system does not allow it|it is on a read-only file system)';
    expect(folderNotWritable(refusal, { corpusDir: '/sys', dataDir: dir })?.message).toMatch(
      new RegExp(`^Nothing was changed: the bot cannot write to its corpus folder /sys \\(${reason}\\)\\. Whoever runs the bot must make it writable for the bot .*, or set CORPUS_DIR to a folder it can write \\(in Docker, one in the /app/var volume\\)\\.$`),
    );
    expect(folderNotWritable(refusal, { corpusDir: dir, dataDir: '/sys' })?.message).toMatch(new RegExp(`^Nothing was changed: the bot cannot write to its data folder /sys \\(${reason}\\)\\. .*, or set DATA_DIR to a folder it can write\\.$`));
    const missing = await writeNewDocument(path.join(dir, 'nowhere'), 'a.md', 'x').then(() => null, (e: unknown) => e);
    expect(folderNotWritable(missing, { corpusDir: dir, dataDir: dir })).toBeNull();
  });
});
