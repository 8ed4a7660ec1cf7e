/**
 * One bot process per data folder. Two bots on one token both receive every event: each direct
 * message and mention is answered twice, a button reaches the process that never gave its answer
 * ("too old"), and both write the question log and the corpus. The second `npm start` — a manual run
 * beside the systemd service, a container restarted before the old one stopped — is refused at once.
 *
 * The lock is SQLite's on a file in the data folder, an fcntl lock the kernel drops when the process
 * ends however it ends (a crash, SIGKILL, the OOM killer): no stale lock to clear by hand, and no
 * process id, which means nothing across containers (each has its own PID 1).
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { UserError } from './errors.ts';

export const INSTANCE_LOCK_FILE = 'instance.lock';

/**
 * The connections holding a lock, until released: a connection nothing refers to is closed when it is
 * garbage-collected, and its lock goes with it, so a holder that drops the returned object (or an
 * engine load long enough for a collection) must not lose the lock.
 */
const held = new Set<Database.Database>();

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
  let db: Database.Database;
  try {
    // timeout 0: a held lock is an answer now, not something to wait for.
    db = new Database(file, { timeout: 0 });
  } catch (error) {
    return unheld(file, error);
  }
  try {
    // Nothing is ever written: no journal file beside it.
    db.pragma('journal_mode = MEMORY');
    // Never committed: the exclusive lock is held as long as the connection is open.
    db.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') throw new UserError('BOT_ALREADY_RUNNING', { dir: dataDir, file });
    return unheld(file, error);
  }
  held.add(db);
  return {
    file,
    problem: null,
    release() {
      if (!held.delete(db)) return;
      db.close();
    },
  };
}

function unheld(file: string, error: unknown): InstanceLock {
  return { file, problem: error instanceof Error ? error.message : String(error), release() {} };
}
