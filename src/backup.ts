/**
 * A copy of what the bot keeps and nothing else holds (README, "What to back up"): the corpus, the
 * data folder's change log, trash and other files, and the question log through SQLite's online
 * backup, so that it can be taken while the bot runs and writes (a plain copy of a WAL database
 * can lose or tear what is not yet checkpointed). The index, models, lock and heartbeat are not
 * copied: they are rebuilt or belong to the running process.
 */
import { copyFile, cp, mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DEFAULTS } from './config.ts';
import { UserError } from './errors.ts';
import { HEARTBEAT_FILE } from './discord/health.ts';
import { fileSystemRefusal, folderProblem } from './file-system.ts';
import { INSTANCE_LOCK_FILE } from './instance-lock.ts';

/** What a running bot keeps in its data folder that a backup must not copy as files. */
const LIVE_FILES = new Set([DEFAULTS.databaseFileName, `${DEFAULTS.databaseFileName}-wal`, `${DEFAULTS.databaseFileName}-shm`, INSTANCE_LOCK_FILE, HEARTBEAT_FILE]);

export interface BackupPlan {
  corpusDir: string;
  dataDir: string;
  /** The folder the backup is made in, as a new folder named by its time. */
  destination: string;
  now: Date;
  /** One line per step, for a terminal. */
  onStep?: (line: string) => void;
}

export interface BackupReport {
  folder: string;
  corpusFiles: number;
  /** Files of the data folder copied (the question log aside); null when there is no data folder yet. */
  dataFiles: number | null;
  questionLog:
    | { kind: 'copied'; questions: number; votes: number }
    | { kind: 'unreadable'; reason: string }
    | { kind: 'none' };
  bytes: number;
}

/** Whether `inner` is `outer` or inside it. */
function within(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  // Not "..x": a folder of that name inside `outer` is inside it.
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/** A file copy leaves out: the program's own write checks and half-written replacements. */
const isScratch = (name: string) => name.startsWith('.write-check-') || (name.startsWith('.') && name.endsWith('.tmp'));

async function countFiles(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

/**
 * A folder under `root` named by the time (a second backup within the same second gets "-2"), made
 * as "<name>.partial" and renamed when complete: a backup that failed half way is never taken for one.
 */
async function newFolder(root: string, now: Date): Promise<{ partial: string; final: string }> {
  const base = path.join(root, `event-qa-backup-${now.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')}`);
  for (let n = 1; ; n++) {
    const final = n === 1 ? base : `${base}-${n}`;
    if (fs.existsSync(final)) continue;
    try {
      await mkdir(`${final}.partial`);
      return { partial: `${final}.partial`, final };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/**
 * The question log through SQLite's backup (consistent while the bot writes), made a single file
 * (rollback journal, no -wal to forget), checked and counted. A file SQLite cannot read is copied
 * as it is, to be recovered by hand.
 */
async function backUpQuestionLog(source: string, target: string): Promise<BackupReport['questionLog']> {
  if (!fs.existsSync(source)) return { kind: 'none' };
  let db: Database.Database | null = null;
  try {
    db = new Database(source, { fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    await db.backup(target);
  } catch (error) {
    // As it is, with what its WAL file holds that is not yet in it: to be recovered by hand.
    await copyFile(source, target);
    if (fs.existsSync(`${source}-wal`)) await copyFile(`${source}-wal`, `${target}-wal`);
    return { kind: 'unreadable', reason: (error as Error).message };
  } finally {
    db?.close();
  }
  const copy = new Database(target);
  try {
    copy.pragma('journal_mode = DELETE');
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') return { kind: 'unreadable', reason: `integrity check: ${String(check)}` };
    const count = (table: string) => {
      try {
        return (copy.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      } catch {
        return 0; // A log that never recorded a question has no tables yet.
      }
    };
    return { kind: 'copied', questions: count('questions'), votes: count('votes') };
  } finally {
    copy.close();
  }
}

const README = (plan: BackupPlan) => `Backup of the event Q&A bot, made ${plan.now.toISOString()}.

corpus/  the documents (from ${plan.corpusDir})
data/    the data folder (from ${plan.dataDir}): bot.sqlite (the question log and votes, a consistent
         copy), corpus-changes.jsonl (who changed the corpus), corpus-trash/ (removed and replaced documents)

To restore: stop the bot; copy corpus/ over the corpus folder (CORPUS_DIR) and the contents of data/
into the data folder (DATA_DIR); start the bot. The index is rebuilt from the corpus at start.
Not in here: .env (the token: keep your own, encrypted copy), the index and the models (rebuilt).
`;

export async function backUp(plan: BackupPlan): Promise<BackupReport> {
  const step = plan.onStep ?? (() => {});
  const destination = path.resolve(plan.destination);
  if (!fs.existsSync(plan.corpusDir)) throw new UserError('CORPUS_NOT_FOUND', { dir: plan.corpusDir });
  for (const [what, dir] of [['corpus', plan.corpusDir], ['data', plan.dataDir]] as const) {
    if (within(destination, path.resolve(dir))) throw new UserError('BACKUP_INSIDE_SOURCE', { destination, what, dir });
  }
  const problem = folderProblem(destination);
  if (problem) throw new UserError('BACKUP_DESTINATION_UNUSABLE', { destination, reason: problem });
  try {
    const { partial: folder, final } = await newFolder(destination, plan.now);
    step(`Copying the corpus from ${plan.corpusDir}…`);
    await cp(plan.corpusDir, path.join(folder, 'corpus'), { recursive: true, filter: (from) => !isScratch(path.basename(from)) });
    const corpus = await countFiles(path.join(folder, 'corpus'));
    let data: { files: number; bytes: number } | null = null;
    let questionLog: BackupReport['questionLog'] = { kind: 'none' };
    let logBytes = 0;
    if (fs.existsSync(plan.dataDir)) {
      step(`Copying the data folder ${plan.dataDir}…`);
      const dataCopy = path.join(folder, 'data');
      const root = path.resolve(plan.dataDir);
      const live = (from: string) => path.dirname(path.resolve(from)) === root && LIVE_FILES.has(path.basename(from));
      await cp(plan.dataDir, dataCopy, { recursive: true, filter: (from) => !isScratch(path.basename(from)) && !live(from) });
      data = await countFiles(dataCopy);
      step('Backing up the question log (SQLite online backup)…');
      const logCopy = path.join(dataCopy, DEFAULTS.databaseFileName);
      questionLog = await backUpQuestionLog(path.join(plan.dataDir, DEFAULTS.databaseFileName), logCopy);
      for (const file of [logCopy, `${logCopy}-wal`]) logBytes += fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
    }
    const readme = README(plan);
    await writeFile(path.join(folder, 'README.txt'), readme);
    const bytes = corpus.bytes + (data?.bytes ?? 0) + logBytes + Buffer.byteLength(readme);
    await rename(folder, final);
    return { folder: final, corpusFiles: corpus.files, dataFiles: data?.files ?? null, questionLog, bytes };
  } catch (error) {
    const reason = fileSystemRefusal(error);
    if (reason) throw new UserError('BACKUP_FAILED', { reason, file: (error as NodeJS.ErrnoException).path ?? destination });
    throw error;
  }
}
