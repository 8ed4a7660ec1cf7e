/**
 * Checks the index folder before the model loads, so a path that cannot hold an index (a file, a
 * read-only or system folder) is one line saying what to do rather than a stack trace after the build.
 */
import { UserError } from '../errors.ts';
import { folderProblem } from '../file-system.ts';

/** Creates the folder when missing; throws INDEX_DIR_UNUSABLE when it is not a folder or not writable. */
export function checkIndexFolder(dir: string): void {
  const reason = folderProblem(dir);
  if (reason) throw new UserError('INDEX_DIR_UNUSABLE', { dir, reason });
}
