import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { UserError } from '../../src/errors.ts';
import { createLogger, silentLogger } from '../../src/log.ts';
import { runCommand } from '../helpers/run-command.ts';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'corpus-test-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(relative: string, content: string | Uint8Array): Promise<void> {
  const file = path.join(dir, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
}

/** A real logger that keeps its lines, so tests can count the warnings. */
function recordingLogger() {
  const lines: { level: string; msg: string; file?: string; reason?: string }[] = [];
  const logger = createLogger('debug', (line) => lines.push(JSON.parse(line)));
  return { logger, warnings: () => lines.filter((l) => l.level === 'warn') };
}

async function expectUserError(promise: Promise<unknown>, code: string): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).code).toBe(code);
}

const GOOD = '# A Story\n\nSomething happened. Then more.\n';

describe('loadCorpus — which files', () => {
  it('GIVEN nested folders THEN .txt, .md and .markdown files are loaded with forward-slash ids, sorted', async () => {
    await put('z.md', GOOD);
    await put('b/d/e.markdown', GOOD);
    await put('b/c.txt', 'Plain text. Two sentences.');
    await put('A.MD', GOOD);
    await put('a.md', GOOD);
    const { documents, skipped } = await loadCorpus(dir, silentLogger);
    expect(documents.map((d) => d.docId)).toEqual(['A.MD', 'a.md', 'b/c.txt', 'b/d/e.markdown', 'z.md']);
    expect(skipped).toEqual([]);
  });

  it('GIVEN dotfiles, dot-folders and files that are no document (images, data) THEN they are ignored silently', async () => {
    await put('story.md', GOOD);
    await put('.draft.md', GOOD);
    await put('.git/notes.md', GOOD);
    await put('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0]));
    await put('data.json', '{}');
    const { logger, warnings } = recordingLogger();
    const { documents, skipped } = await loadCorpus(dir, logger);
    expect(documents.map((d) => d.docId)).toEqual(['story.md']);
    expect(skipped).toEqual([]);
    expect(warnings()).toEqual([]);
  });

  it('GIVEN a document in another format (HTML, PDF, Word…) THEN it is skipped saying how to add it (npm run add or /corpus add, which read it; else save it as text); hidden ones and images stay silent', async () => {
    await put('story.md', GOOD);
    await put('wire/article.html', '<html><body><p>Something happened.</p></body></html>');
    await put('Report.PDF', '%PDF-1.7');
    await put('notes.odt', 'x');
    await put('.draft.docx', 'x');
    await put('photo.jpg', 'x');
    const { logger, warnings } = recordingLogger();
    const { documents, skipped } = await loadCorpus(dir, logger);
    expect(documents.map((d) => d.docId)).toEqual(['story.md']);
    const readable = (ext: string) => `a .${ext} file: only .md and .txt files are read from the folder — add it with npm run add -- FILE, or /corpus add file:, which make it Markdown`;
    expect(skipped).toEqual([
      { file: 'Report.PDF', reason: readable('pdf') },
      { file: 'notes.odt', reason: 'a .odt file: only .md and .txt files are read — save it as text, or add its page with /corpus add' },
      { file: 'wire/article.html', reason: readable('html') },
    ]);
    expect(warnings()).toHaveLength(3);
  });

  it('GIVEN the same folder loaded twice THEN the result is identical (deterministic order and content)', async () => {
    for (const name of ['m.md', 'c/x.txt', 'a.md', 'c/b.md']) await put(name, GOOD);
    const first = await loadCorpus(dir, silentLogger);
    const second = await loadCorpus(dir, silentLogger);
    expect(second).toEqual(first);
    expect(first.documents.map((d) => d.docId)).toEqual(['a.md', 'c/b.md', 'c/x.txt', 'm.md']);
  });

  it('GIVEN a folder whose name ends in .md THEN it is walked as a folder', async () => {
    await put('notes.md/inner.txt', 'Inside. Still inside.');
    const { documents, skipped } = await loadCorpus(dir, silentLogger);
    expect(documents.map((d) => d.docId)).toEqual(['notes.md/inner.txt']);
    expect(skipped).toEqual([]);
  });

  it('GIVEN a symbolic link to a parent folder THEN the walk does not loop', async () => {
    await put('sub/story.md', GOOD);
    await symlink(dir, path.join(dir, 'sub', 'loop'));
    const { documents } = await loadCorpus(dir, silentLogger);
    expect(documents.map((d) => d.docId)).toEqual(['sub/story.md']);
  });
});

describe('loadCorpus — documents', () => {
  it('GIVEN front matter THEN it shows in meta, the title and the sentences exclude it', async () => {
    await put('s.md', '---\nsource: https://e.com/s\ndate: 2026-01-12\npublisher: Herald\n---\n# The Call\n\nIt was short.\n');
    const [doc] = (await loadCorpus(dir, silentLogger)).documents;
    expect(doc?.meta).toMatchObject({ url: 'https://e.com/s', date: '2026-01-12', publisher: 'Herald' });
    expect(doc?.title).toBe('The Call');
    expect(doc?.sentences.map((s) => s.text)).toEqual(['The Call', 'It was short.']);
  });

  it('GIVEN plain "Source:" / "Date:" lines at the top of a .txt THEN they show in meta', async () => {
    await put('s.txt', 'Source: https://e.com/t\nDate: January 12, 2026\n\nThe call was short.\n');
    const [doc] = (await loadCorpus(dir, silentLogger)).documents;
    expect(doc?.meta).toMatchObject({ url: 'https://e.com/t', date: '2026-01-12' });
    expect(doc?.sentences.map((s) => s.text)).toEqual(['The call was short.']);
  });

  it('GIVEN a file THEN contentHash is the sha256 of its bytes, BOM and CRLF included', async () => {
    const bytes = Buffer.from('\uFEFF# T\r\n\r\nText here.\r\n', 'utf8');
    await put('t.md', bytes);
    const [doc] = (await loadCorpus(dir, silentLogger)).documents;
    expect(doc?.contentHash).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(doc?.title).toBe('T');
  });

  it('GIVEN an unreadable date THEN the document loads with date null and one warning says why', async () => {
    await put('s.md', '---\ndate: 03/04/2026\n---\nText.\n');
    const { logger, warnings } = recordingLogger();
    const { documents } = await loadCorpus(dir, logger);
    expect(documents[0]?.meta.date).toBeNull();
    expect(warnings()).toHaveLength(1);
  });
});

describe('loadCorpus — skipped files, one warning each', () => {
  async function loadWithOneGood() {
    await put('good.md', GOOD);
    const { logger, warnings } = recordingLogger();
    const result = await loadCorpus(dir, logger, { maxFileBytes: 1000 });
    expect(result.documents.map((d) => d.docId)).toEqual(['good.md']);
    return { ...result, warnings: warnings() };
  }

  it('GIVEN binary files (NUL bytes, invalid UTF-8, control characters, UTF-16) THEN each is skipped as such', async () => {
    await put('nul.txt', new Uint8Array([0x48, 0x69, 0x00, 0x21]));
    await put('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x2e]));
    await put('controls.md', '\u0001\u0002\u0003\u0004 ok');
    await put('utf16.txt', Buffer.from('\uFEFFHello.', 'utf16le'));
    const { skipped, warnings } = await loadWithOneGood();
    expect(skipped).toEqual([
      { file: 'controls.md', reason: expect.stringMatching(/^binary \(\d+% control characters\)$/) },
      { file: 'latin1.txt', reason: expect.stringMatching(/not UTF-8/) },
      { file: 'nul.txt', reason: 'binary (contains NUL bytes)' },
      { file: 'utf16.txt', reason: expect.stringMatching(/UTF-16/) },
    ]);
    expect(warnings.map((w) => w.file)).toEqual(['controls.md', 'latin1.txt', 'nul.txt', 'utf16.txt']);
  });

  it('GIVEN empty, whitespace-only and metadata-only files THEN each is skipped as empty', async () => {
    await put('empty.md', '');
    await put('blank.txt', ' \n\t\n');
    await put('meta-only.md', '---\ndate: 2026-01-12\n---\n\n');
    const { skipped, warnings } = await loadWithOneGood();
    expect(skipped).toEqual([
      { file: 'blank.txt', reason: 'empty' },
      { file: 'empty.md', reason: 'empty' },
      { file: 'meta-only.md', reason: 'no text after its metadata' },
    ]);
    expect(warnings).toHaveLength(3);
  });

  it('GIVEN a file larger than maxFileBytes THEN it is skipped as too large', async () => {
    await put('huge.md', `# Big\n\n${'Words here. '.repeat(200)}`);
    const { skipped, warnings } = await loadWithOneGood();
    expect(skipped).toEqual([{ file: 'huge.md', reason: expect.stringMatching(/^too large \(\d+ bytes > 1000\)$/) }]);
    expect(warnings).toHaveLength(1);
  });

  it('GIVEN no options THEN the size limit is 5 MB', async () => {
    await put('big.txt', 'A sentence. '.repeat(Math.ceil((5 * 1024 * 1024) / 12) + 1));
    await put('good.md', GOOD);
    const { skipped } = await loadCorpus(dir, silentLogger);
    expect(skipped.map((s) => s.file)).toEqual(['big.txt']);
  });

  it('GIVEN unreadable entries (a dangling symlink, a symlink loop) THEN each is skipped as unreadable', async () => {
    // Tests run as root, where chmod 000 still reads; links that cannot be opened fail for everyone.
    await symlink(path.join(dir, 'nowhere.md'), path.join(dir, 'dangling.md'));
    await symlink(path.join(dir, 'loop.md'), path.join(dir, 'loop.md'));
    const { skipped, warnings } = await loadWithOneGood();
    expect(skipped).toEqual([
      { file: 'dangling.md', reason: 'unreadable (ENOENT)' },
      { file: 'loop.md', reason: 'unreadable (ELOOP)' },
    ]);
    expect(warnings.map((w) => [w.msg, w.file])).toEqual([
      ['Skipped a corpus file', 'dangling.md'],
      ['Skipped a corpus file', 'loop.md'],
    ]);
  });

  it.skipIf(process.platform === 'win32')('GIVEN a named pipe called x.md THEN it is skipped without being opened', async () => {
    const made = await runCommand('mkfifo', [path.join(dir, 'pipe.md')], { cwd: dir, env: process.env });
    expect(made.status).toBe(0);
    const { skipped } = await loadWithOneGood();
    expect(skipped).toEqual([{ file: 'pipe.md', reason: 'not a regular file' }]);
  });
});

describe('loadCorpus — errors the user must fix', () => {
  it('GIVEN a folder that does not exist THEN UserError CORPUS_NOT_FOUND', async () => {
    await expectUserError(loadCorpus(path.join(dir, 'missing'), silentLogger), 'CORPUS_NOT_FOUND');
  });

  it('GIVEN a path to a file instead of a folder THEN UserError CORPUS_NOT_FOUND', async () => {
    await put('file.md', GOOD);
    await expectUserError(loadCorpus(path.join(dir, 'file.md'), silentLogger), 'CORPUS_NOT_FOUND');
  });

  it('GIVEN an empty folder THEN UserError EMPTY_CORPUS', async () => {
    await expectUserError(loadCorpus(dir, silentLogger), 'EMPTY_CORPUS');
  });

  it('GIVEN a folder whose only documents are skipped THEN UserError EMPTY_CORPUS, after one warning per file', async () => {
    await put('empty.md', '');
    await put('bin.txt', new Uint8Array([0, 1, 2]));
    const { logger, warnings } = recordingLogger();
    await expectUserError(loadCorpus(dir, logger), 'EMPTY_CORPUS');
    expect(warnings().map((w) => w.file)).toEqual(['bin.txt', 'empty.md']);
  });
});
