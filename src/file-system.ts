/**
 * The file system at the program's edge: its refusals that only whoever runs the bot can fix
 * (permissions, a read-only mount, a full disk, a file where a folder should be), in words — the
 * user-facing errors name the folder and the reason instead of a code — and a file replaced whole.
 */
import fs from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'the system does not allow it',
  EROFS: 'it is on a read-only file system',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
};

/** Why the file system refused, in words, or null when the error is not such a refusal. */
export function fileSystemRefusal(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return (code && REASONS[code]) ?? null;
}

const NOT_A_FOLDER: Record<string, string> = {
  ENOTDIR: 'part of the path is a file, not a folder',
  EEXIST: 'it is a file, not a folder',
};

/** Why `dir` cannot be a folder the program writes to, or null when it can; a missing one is created. */
export function folderProblem(dir: string): string | null {
  try {
    if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'EEXIST' });
    fs.mkdirSync(dir, { recursive: true });
    tryWriting(dir);
    return null;
  } catch (error) {
    return fileSystemRefusal(error) ?? NOT_A_FOLDER[(error as NodeJS.ErrnoException).code ?? ''] ?? (error as Error).message;
  }
}

/**
 * Whether the program can create files in the existing folder `dir`. Both checks here try it for
 * real (a hidden folder made and removed): access() answers yes to root on a mount that then refuses.
 */
export function canWrite(dir: string): boolean {
  try {
    tryWriting(dir);
    return true;
  } catch (error) {
    return fileSystemRefusal(error) === null;
  }
}

function tryWriting(dir: string): void {
  fs.rmdirSync(fs.mkdtempSync(path.join(dir, '.write-check-')));
}

/**
 * Write `text` over `file` in one step: into a hidden file beside it (".name.<pid>.tmp"; the corpus
 * loader skips names starting with "."), synced to disk, then renamed over it, so a reader finds the
 * old text or the new, never half of one.
 */
export async function replaceFile(file: string, text: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  await writeSynced(temporary, text, 'w');
  try {
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw error;
  }
}

/** Write `text` to `file` (opened with `flags`: "wx" fails if it exists) and sync it to disk before returning. */
export async function writeSynced(file: string, text: string, flags: 'w' | 'wx'): Promise<void> {
  const handle = await open(file, flags);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}
