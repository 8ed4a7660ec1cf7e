/**
 * Checks the index folder before the model loads, so a path that cannot hold an index (a file, a
 * read-only or system folder) is one line saying what to do rather than a stack trace after the build.
 */
import fs from 'node:fs';
import { UserError } from '../errors.ts';
import { fileSystemRefusal } from '../file-system-errors.ts';

const NOT_A_FOLDER: Record<string, string> = {
  ENOTDIR: 'part of the path is a file, not a folder',
  EEXIST: 'it is a file, not a folder',
};

function reasonOf(error: unknown): string {
  return fileSystemRefusal(error) ?? NOT_A_FOLDER[(error as NodeJS.ErrnoException).code ?? ''] ?? (error as Error).message;
}

/** Creates the folder when missing; throws INDEX_DIR_UNUSABLE when it is not a folder or not writable. */
export function checkIndexFolder(dir: string): void {
  try {
    if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'EEXIST' });
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (error) {
    throw new UserError('INDEX_DIR_UNUSABLE', { dir, reason: reasonOf(error) });
  }
}
