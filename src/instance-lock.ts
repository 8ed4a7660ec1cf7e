/**
 * One bot process per data folder. Two bots on one token both receive every event: each direct
 * message and mention is answered twice, a button reaches the process that never gave its answer
 * ("too old"), and both write the question log and the corpus. The second `npm start` — a manual run
 * beside the systemd service, a container restarted before the old one stopped — is refused at once.
 * The lock is a file lock (file-lock.ts): gone with the process, however it ends.
 */
import path from 'node:path';
import { UserError } from './errors.ts';
import { tryFileLock } from './file-lock.ts';

export const INSTANCE_LOCK_FILE = 'instance.lock';

export interface InstanceLock {
  readonly file: string;
  /** Why the lock could not be taken though no other process holds it (a file system without locks); null when held. */
  readonly problem: string | null;
  release(): void;
}

/**
 * Holds the data folder's lock until `release()` or the process ends; a `BOT_ALREADY_RUNNING`
 * UserError while another process (or this one) holds it. A folder where no lock can be taken at all
 * does not stop the bot: the lock comes back unheld, saying why, for a warning.
 */
export function holdInstanceLock(dataDir: string): InstanceLock {
  const file = path.join(dataDir, INSTANCE_LOCK_FILE);
  const lock = tryFileLock(file);
  if (lock.state === 'busy') throw new UserError('BOT_ALREADY_RUNNING', { dir: dataDir, file });
  if (lock.state === 'unavailable') return { file, problem: lock.problem, release() {} };
  return { file, problem: null, release: lock.release };
}
