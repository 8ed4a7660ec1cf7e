/**
 * The backup (src/backup.ts, `npm run backup`): real folders on disk and a question log held open and
 * written by a "running bot" (its last rows only in the WAL file), copied consistently.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { backUp } from '../src/backup.ts';
import { PROJECT_ROOT } from '../src/config.ts';
import { QuestionLog } from '../src/question-log/question-log.ts';
import { runCommand } from './helpers/run-command.ts';
import { temporaryFolders } from './helpers/temporary-folders.ts';

const folder = temporaryFolders('backup-');
const NOW = new Date('2026-12-06T01:02:03.456Z');
const open: QuestionLog[] = [];
afterEach(() => {
  for (const log of open.splice(0)) log.close();
});

/** A bot's folders: two documents, a change log, a trashed version, its lock and heartbeat, and its question log left open. */
function botFolders(): { corpusDir: string; dataDir: string; log: QuestionLog } {
  const root = folder();
  const corpusDir = path.join(root, 'corpus');
  const dataDir = path.join(root, 'data');
  fs.mkdirSync(path.join(corpusDir, 'wire'), { recursive: true });
  fs.writeFileSync(path.join(corpusDir, 'call.md'), '# The call\n\nThe leaders spoke for 15 minutes.\n');
  fs.writeFileSync(path.join(corpusDir, 'wire', 'update.txt'), 'Talks resume.\n\nOfficials met on Tuesday.\n');
  fs.writeFileSync(path.join(corpusDir, '.call.md.123.tmp'), 'half a replacement');
  fs.mkdirSync(path.join(dataDir, 'corpus-trash'), { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'corpus-changes.jsonl'), '{"action":"remove","docId":"old.md"}\n');
  fs.writeFileSync(path.join(dataDir, 'corpus-trash', '2026-12-01T00-00-00Z--old.md'), '# Old\n\nGone.\n');
  fs.writeFileSync(path.join(dataDir, 'instance.lock'), '');
  fs.writeFileSync(path.join(dataDir, 'heartbeat.json'), '{}');
  const log = QuestionLog.open(path.join(dataDir, 'bot.sqlite'), { keepUserIds: false, retentionDays: 30 });
  open.push(log);
  for (let i = 0; i < 25; i++) {
    log.recordQuestion({ text: `Question ${i}?`, askedAt: NOW.getTime() - i * 1000, source: 'slash', answered: i % 2 === 0, confidence: null, documents: ['call.md'], userId: '1', guildId: null });
  }
  return { corpusDir, dataDir, log };
}

const filesUnder = (dir: string) => (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();

describe('backUp', () => {
  test('GIVEN a running bot\'s folders THEN a new folder named by the time holds the corpus, the data folder and a consistent question log, without the live files', async () => {
    const { corpusDir, dataDir } = botFolders();
    expect(fs.statSync(path.join(dataDir, 'bot.sqlite-wal')).size).toBeGreaterThan(0); // rows not yet in bot.sqlite itself
    const destination = folder();
    const steps: string[] = [];
    const report = await backUp({ corpusDir, dataDir, destination, now: NOW, onStep: (line) => steps.push(line) });

    expect(report.folder).toBe(path.join(destination, 'event-qa-backup-2026-12-06T01-02-03Z'));
    expect(fs.readdirSync(destination)).toEqual(['event-qa-backup-2026-12-06T01-02-03Z']);
    expect(filesUnder(path.join(report.folder, 'corpus'))).toEqual(['call.md', path.join('wire', 'update.txt')]);
    expect(fs.readFileSync(path.join(report.folder, 'corpus', 'call.md'), 'utf8')).toBe(fs.readFileSync(path.join(corpusDir, 'call.md'), 'utf8'));
    expect(filesUnder(path.join(report.folder, 'data'))).toEqual(['bot.sqlite', 'corpus-changes.jsonl', path.join('corpus-trash', '2026-12-01T00-00-00Z--old.md')]);
    expect(report).toMatchObject({ corpusFiles: 2, dataFiles: 2, questionLog: { kind: 'copied', questions: 25, votes: 0 } });
    expect(steps).toHaveLength(3);

    // The copy is one self-contained file holding every question, read with no bot around.
    const copy = new Database(path.join(report.folder, 'data', 'bot.sqlite'), { readonly: true });
    try {
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      expect((copy.prepare('SELECT count(*) AS n FROM questions').get() as { n: number }).n).toBe(25);
    } finally {
      copy.close();
    }
    expect(fs.readFileSync(path.join(report.folder, 'README.txt'), 'utf8')).toContain('To restore: stop the bot');
    expect(report.bytes).toBe(filesUnder(report.folder).reduce((sum, f) => sum + fs.statSync(path.join(report.folder, f)).size, 0));
  });

  test('GIVEN a second backup in the same second THEN it gets its own folder; GIVEN no data folder yet THEN the corpus alone', async () => {
    const { corpusDir, dataDir } = botFolders();
    const destination = folder();
    const first = await backUp({ corpusDir, dataDir, destination, now: NOW });
    const second = await backUp({ corpusDir, dataDir: path.join(folder(), 'never-ran'), destination, now: NOW });
    expect(second.folder).toBe(`${first.folder}-2`);
    expect(second).toMatchObject({ corpusFiles: 2, dataFiles: null, questionLog: { kind: 'none' } });
    expect(fs.existsSync(path.join(second.folder, 'data'))).toBe(false);
  });

  test('GIVEN a question log SQLite cannot read THEN it is copied as it is and said so, the rest backed up', async () => {
    const { corpusDir, dataDir, log } = botFolders();
    log.close();
    open.splice(0);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(path.join(dataDir, `bot.sqlite${suffix}`), { force: true });
    fs.writeFileSync(path.join(dataDir, 'bot.sqlite'), 'this is not a database, it was overwritten by mistake'.repeat(200));
    fs.writeFileSync(path.join(dataDir, 'bot.sqlite-wal'), 'what was not yet checkpointed');
    const report = await backUp({ corpusDir, dataDir, destination: folder(), now: NOW });
    expect(report.questionLog).toMatchObject({ kind: 'unreadable', reason: expect.stringMatching(/not a database/) });
    expect(fs.readFileSync(path.join(report.folder, 'data', 'bot.sqlite'), 'utf8')).toBe(fs.readFileSync(path.join(dataDir, 'bot.sqlite'), 'utf8'));
    // With its WAL file, to be recovered by hand.
    expect(fs.readFileSync(path.join(report.folder, 'data', 'bot.sqlite-wal'), 'utf8')).toBe('what was not yet checkpointed');
    expect(report.corpusFiles).toBe(2);
  });

  test('GIVEN a destination inside the corpus or the data folder THEN refused before anything is written', async () => {
    const { corpusDir, dataDir } = botFolders();
    const before = [filesUnder(corpusDir), filesUnder(dataDir)];
    await expect(backUp({ corpusDir, dataDir, destination: path.join(dataDir, 'backups'), now: NOW })).rejects.toMatchObject({ code: 'BACKUP_INSIDE_SOURCE', message: expect.stringContaining('is inside the data folder') });
    await expect(backUp({ corpusDir, dataDir, destination: corpusDir, now: NOW })).rejects.toMatchObject({ code: 'BACKUP_INSIDE_SOURCE', message: expect.stringContaining('is inside the corpus folder') });
    // A folder whose name starts with two dots is inside too.
    await expect(backUp({ corpusDir, dataDir, destination: path.join(dataDir, '..backups'), now: NOW })).rejects.toMatchObject({ code: 'BACKUP_INSIDE_SOURCE' });
    expect([filesUnder(corpusDir), filesUnder(dataDir)]).toEqual(before);
  });

  test('GIVEN a destination that is a file THEN refused saying why', async () => {
    const { corpusDir, dataDir } = botFolders();
    const file = path.join(folder(), 'not-a-folder');
    fs.writeFileSync(file, '');
    await expect(backUp({ corpusDir, dataDir, destination: file, now: NOW })).rejects.toMatchObject({ code: 'BACKUP_DESTINATION_UNUSABLE', message: expect.stringContaining('it is a file, not a folder') });
  });
});

describe('npm run backup', () => {
  const run = (args: string[], env: Record<string, string>) =>
    runCommand(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'launch.mjs'), '--prefer-compiled', 'scripts/backup.ts', ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, FEEDBACK_FILE: '', ...env },
      timeoutMs: 100_000,
    });

  test('GIVEN the bot\'s folders in the environment THEN it backs them up while the log is open, steps on stderr, what it made on stdout', async () => {
    const { corpusDir, dataDir } = botFolders();
    const destination = folder();
    const result = await run([destination], { CORPUS_DIR: corpusDir, DATA_DIR: dataDir });
    expect(result.stderr).toMatch(/^Copying the corpus from .*\nCopying the data folder .*\nBacking up the question log \(SQLite online backup\)…\n$/);
    const [made] = fs.readdirSync(destination);
    expect(result.stdout).toBe(
      `Backed up to ${path.join(destination, made!)} (${result.stdout.match(/\((\d+ KB)\)/)?.[1]}):\n  corpus: 2 files\n  data folder: 2 files besides the question log\n  question log: 25 questions, 0 votes (checked)\n`,
    );
    expect(result.status).toBe(0);
  });

  test('GIVEN no destination, or two THEN exit 2 with the usage; GIVEN a destination in the data folder THEN exit 1 saying to pick another', async () => {
    const { corpusDir, dataDir } = botFolders();
    const none = await run([], { CORPUS_DIR: corpusDir, DATA_DIR: dataDir });
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^no destination folder given \(usage: npm run backup -- DESTINATION/);
    const two = await run(['/tmp/a', '/tmp/b'], { CORPUS_DIR: corpusDir, DATA_DIR: dataDir });
    expect(two.status).toBe(2);
    expect(two.stderr).toMatch(/^give one destination folder, not 2 \(usage: npm run backup/);
    const option = await run(['-x'], { CORPUS_DIR: corpusDir, DATA_DIR: dataDir });
    expect(option.status).toBe(2);
    expect(option.stderr.trim()).toMatch(/^unknown option -x \(usage: npm run backup/);
    const inside = await run([path.join(dataDir, 'b')], { CORPUS_DIR: corpusDir, DATA_DIR: dataDir });
    expect(inside.status).toBe(1);
    expect(inside.stderr.trim()).toMatch(/^The backup folder .* is inside the data folder .*: give a folder outside it/);
    expect(inside.stdout).toBe('');
  });
});
