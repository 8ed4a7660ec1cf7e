/**
 * `npm run add` end to end: the real command (tsx, as an asynchronous child) with the real offline
 * model, a real corpus folder, index and data folder on disk, and real PDFs (written by
 * test/helpers/minimal-pdf.ts, read by PDF.js): previewed, added, found a duplicate, replaced by a
 * newer version, refused with a reason, never added without a yes (asked for on a terminal, which
 * `script` gives it) — and then answered from by `ask`.
 */
import fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { minimalDocx } from '../helpers/minimal-docx.ts';
import { minimalPdf, statementPages } from '../helpers/minimal-pdf.ts';
import { SHIPPED_ARTICLE } from '../helpers/reprint.ts';
import { runCommand, startCommand, TSX } from '../helpers/run-command.ts';

/** A cold tsx start and a PDF worker on a loaded two-core machine take many seconds. */
const COMMAND_TIMEOUT = 100_000;

let work: string;
let corpus: string;
let dataDir: string;
let statement: string;
let server: Server;
let base: string;

async function run(script: 'add' | 'ask', args: string[], env: Record<string, string> = {}) {
  const result = await runCommand(TSX, [path.join(PROJECT_ROOT, 'src', 'cli', `${script}.ts`), '--corpus', corpus, '--index', path.join(work, 'index'), ...args], {
    cwd: PROJECT_ROOT,
    timeoutMs: COMMAND_TIMEOUT,
    env: { ...process.env, EMBEDDING_MODEL: 'offline', LOG_LEVEL: 'warn', DATA_DIR: dataDir, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const corpusFiles = () => fs.readdirSync(corpus).sort();
const changeLog = () => fs.readFileSync(path.join(dataDir, 'corpus-changes.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);

beforeAll(async () => {
  const readout = await minimalDocx(
    [
      { text: 'Readout of the foreign ministers call', style: 'Title' },
      { text: 'The foreign ministers of both countries spoke by phone on Wednesday for forty minutes about migration and the border.' },
      { text: 'They agreed that consular officials will meet in Tijuana next month to speed up the return of detained nationals.' },
    ],
    { created: '2026-01-15T09:00:00Z' },
  );
  server = createServer((req, res) => {
    if (req.url === '/files/readout.docx') res.writeHead(200, { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }).end(readout);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  work = fs.mkdtempSync(path.join(os.tmpdir(), 'add-cli-'));
  corpus = path.join(work, 'corpus');
  dataDir = path.join(work, 'data');
  fs.mkdirSync(corpus);
  fs.writeFileSync(path.join(corpus, 'sheinbaum-trump-call.md'), SHIPPED_ARTICLE);
  statement = path.join(work, 'joint-statement.pdf');
  fs.writeFileSync(statement, minimalPdf({ pages: statementPages(), info: { CreationDate: 'D:20260114180000Z' } }));
});
afterAll(() => {
  server?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('npm run add', { timeout: 4 * COMMAND_TIMEOUT }, () => {
  it('GIVEN a PDF and input that is no terminal, without --yes THEN its preview, and nothing added', async () => {
    const r = await run('add', [statement]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Joint statement on security cooperation\n  Date: 2026-01-14\n  Source: joint-statement.pdf\n  Sentences: 7 · saved as corpus file joint-statement-on-security-cooperation.md');
    expect(r.stdout).toContain('“The next meeting will take place in Mexico City in the first week of March.”');
    expect(r.stdout).toContain('Not added: run again with --yes to add it.');
    expect(corpusFiles()).toEqual(['sheinbaum-trump-call.md']);
  });

  it('GIVEN --yes THEN it is written as Markdown, recorded as added from the command line, and ask answers from it; GIVEN it again THEN already in the corpus, not added', async () => {
    const r = await run('add', ['--yes', statement]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Added joint-statement-on-security-cooperation\.md \(7 sentences\), indexed in \d+\.\d s\./);
    expect(corpusFiles()).toEqual(['joint-statement-on-security-cooperation.md', 'sheinbaum-trump-call.md']);
    const written = fs.readFileSync(path.join(corpus, 'joint-statement-on-security-cooperation.md'), 'utf8');
    expect(written).toContain(`added_by: "${os.userInfo().username} (command-line)"`);
    expect(written).toContain('# Joint statement on security cooperation\n\nOfficials of both countries met in Washington');
    expect(changeLog()).toEqual([expect.objectContaining({ action: 'add', docId: 'joint-statement-on-security-cooperation.md', userId: 'command-line', sentences: 7 })]);

    const asked = await run('ask', ['When is the next meeting?']);
    expect(asked.code).toBe(0);
    expect(asked.stdout).toMatch(/Joint statement on security cooperation[^\n]*\n\s+1\. [^\n]*\n\s+(?:▸ )?The next meeting will take place in Mexico City/);

    const again = await run('add', ['--yes', statement]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Already in the corpus as “Joint statement on security cooperation” (joint-statement-on-security-cooperation.md) — 100% of the same sentences, and no sentence differs: not added.');
    expect(again.stdout).not.toContain('saved as');
    expect(corpusFiles()).toHaveLength(2);
  });

  it('GIVEN a newer version of it THEN without --yes its preview and nothing replaced; GIVEN it with a missing file and a format it cannot read THEN it replaces the old one (kept in the trash), each other is one line saying why, exit 1', async () => {
    const newer = path.join(work, 'joint-statement-v2.pdf');
    const pages = statementPages();
    pages[2]!.push({ text: 'A correction: the meeting moves to the second week of March.', y: 700 });
    fs.writeFileSync(newer, minimalPdf({ pages, info: { CreationDate: 'D:20260115090000Z' } }));
    fs.writeFileSync(path.join(work, 'notes.odt'), 'x');
    const asked = await run('add', [newer]);
    expect(asked.code).toBe(0);
    expect(asked.stdout).toContain('Not replaced: run again with --yes to replace it.');
    expect(fs.readFileSync(path.join(corpus, 'joint-statement-on-security-cooperation.md'), 'utf8')).not.toContain('A correction');
    const r = await run('add', ['--yes', path.join(work, 'missing.pdf'), path.join(work, 'notes.odt'), newer]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`error: There is no file ${path.join(work, 'missing.pdf')}: give a link starting with http:// or https://, or the path of a .md, .txt, .html, .pdf or .docx file.\n`);
    expect(r.stderr).toContain("error: I can't use the file notes.odt: .odt files are not read. Use a .md, .txt, .html, .pdf or .docx file of at most 5 MB.\n");
    expect(r.stdout).toContain('A newer version of “Joint statement on security cooperation” (joint-statement-on-security-cooperation.md) — ');
    expect(r.stdout).toContain('“A correction: the meeting moves to the second week of March.”');
    expect(r.stdout).toMatch(/Replaced joint-statement-on-security-cooperation\.md with joint-statement-on-security-cooperation\.md \(8 sentences; the old version is in the trash folder as [^)]+\), indexed in/);
    expect(fs.readFileSync(path.join(corpus, 'joint-statement-on-security-cooperation.md'), 'utf8')).toContain('second week of March');
    expect(changeLog().map((c) => c.action)).toEqual(['add', 'update']);
  });

  it('GIVEN a link to a Word document THEN fetched through the guard: refused from a private address, added once CORPUS_FETCH_ALLOW_HOSTS lets it', async () => {
    const link = `${base}/files/readout.docx`;
    const refused = await run('add', ['--yes', link]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^error: I won't fetch http:\/\/127\.0\.0\.1:\d+\/files\/readout\.docx: /m);
    const added = await run('add', ['--yes', link], { CORPUS_FETCH_ALLOW_HOSTS: '127.0.0.1' });
    expect(added.code).toBe(0);
    expect(added.stdout).toContain(`Readout of the foreign ministers call\n  Date: 2026-01-15\n  Source: ${link}`);
    expect(added.stdout).toMatch(/Added readout-of-the-foreign-ministers-call\.md \(2 sentences\)/);
    expect(fs.readFileSync(path.join(corpus, 'readout-of-the-foreign-ministers-call.md'), 'utf8')).toContain('consular officials will meet in Tijuana');
  });

  it('GIVEN an empty corpus folder (a server starting its own coverage) THEN the first document is added and indexed, and ask answers from it', async () => {
    const empty = path.join(work, 'empty-corpus');
    fs.mkdirSync(empty);
    const folders = ['--corpus', empty, '--index', path.join(work, 'empty-index')];
    const r = await run('add', [...folders, '--yes', statement]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Added joint-statement-on-security-cooperation\.md \(7 sentences\)/);
    expect(fs.readdirSync(empty)).toEqual(['joint-statement-on-security-cooperation.md']);
    const asked = await run('ask', [...folders, 'When is the next meeting?']);
    expect(asked.stdout).toContain('The next meeting will take place in Mexico City');
  });

  // A moderator's terminal: util-linux's `script` runs the command on a pseudo-terminal (stdin a TTY),
  // where it asks before writing anything. Debian's bsdutils, an essential package, ships it.
  const SCRIPT = ['/usr/bin/script', '/bin/script'].find((f) => fs.existsSync(f));
  it.skipIf(!SCRIPT)('GIVEN a terminal THEN after the preview it asks "Add it to the corpus? [y/N]": "n" adds nothing, "y" adds it', async () => {
    const note = path.join(work, 'border-note.md');
    fs.writeFileSync(note, '# Governors meet at the border\n\nThe governors of Sonora and Arizona met at the Nogales crossing on Thursday to discuss freight delays.\n');
    const add = [TSX, path.join(PROJECT_ROOT, 'src', 'cli', 'add.ts'), '--corpus', corpus, '--index', path.join(work, 'index'), note];
    const answering = async (answer: string) => {
      // -q no banner, -e the command's exit status, -f output flushed as it comes; the terminal merges stdout and stderr.
      const terminal = startCommand(SCRIPT!, ['-qefc', add.map((a) => `'${a}'`).join(' '), '/dev/null'], {
        cwd: PROJECT_ROOT,
        timeoutMs: COMMAND_TIMEOUT,
        env: { ...process.env, EMBEDDING_MODEL: 'offline', LOG_LEVEL: 'warn', DATA_DIR: dataDir },
        interactive: true,
      });
      // Typed once the question is on the screen, as a moderator would.
      const shown = await terminal.stdoutMatching(/Add it to the corpus\? \[y\/N\] /);
      expect(shown).toContain('Governors meet at the border');
      terminal.type(`${answer}\r`);
      return terminal.result;
    };
    const declined = await answering('n');
    expect(declined.status, declined.stdout).toBe(0);
    expect(declined.stdout).toContain('Not added.');
    expect(corpusFiles()).not.toContain('governors-meet-at-the-border.md');
    const accepted = await answering('y');
    expect(accepted.status, accepted.stdout).toBe(0);
    expect(accepted.stdout).toMatch(/Added governors-meet-at-the-border\.md \(1 sentences?\)/);
    expect(fs.readFileSync(path.join(corpus, 'governors-meet-at-the-border.md'), 'utf8')).toContain('Nogales crossing');
  });

  it('GIVEN no link or file THEN the usage, exit 2', async () => {
    const r = await run('add', []);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: no link or file given \(usage: npm run add -- /);
  });
});
