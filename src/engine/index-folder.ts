/**
 * Checks the index folder before the model loads, so a path that cannot hold an index (a file, a
 * read-only or system folder) is one line saying what to do rather than a stack trace after the build.
 */
import fs from 'node:fs';
import { UserError } from '../errors.ts';

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'the system does not allow it',
  EROFS: 'it is on a read-only file system',
  ENOTDIR: 'part of the path is a file, not a folder',
  EEXIST: 'it is a file, not a folder',
};

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return REASONS[code] ?? (error as Error).message;
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
