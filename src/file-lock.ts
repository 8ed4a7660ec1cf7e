/**
 * An exclusive lock on a file that the kernel drops when the process ends however it ends (a crash,
 * SIGKILL, the OOM killer): SQLite's fcntl lock, on a connection that never writes. No stale lock to
 * clear by hand and no process id (which means nothing across containers). Two connections of one
 * process exclude each other too (SQLite tracks its locks per file within a process).
 */
import Database from 'better-sqlite3';

/**
 * The connections holding a lock, until released: a connection nothing refers to is closed when it is
 * garbage-collected, and its lock goes with it, so a holder that drops the returned object (or a long
 * wait for a collection) must not lose the lock.
 */
const held = new Set<Database.Database>();

export type FileLock =
  | { state: 'held'; release(): void }
  /** Another process (or connection) holds it. */
  | { state: 'busy' }
  /** No lock can be taken here at all (a file system without locks, a folder not writable): why. */
  | { state: 'unavailable'; problem: string };

/** Takes the lock now or says why not; never waits (a held lock is an answer, not something to block the thread on). */
export function tryFileLock(file: string): FileLock {
  let db: Database.Database;
  try {
    db = new Database(file, { timeout: 0 });
  } catch (error) {
    return unavailable(error);
  }
  try {
    // Nothing is ever written: no journal file beside it.
    db.pragma('journal_mode = MEMORY');
    // Never committed: the exclusive lock is held as long as the connection is open.
    db.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    db.close();
    return (error as { code?: string }).code === 'SQLITE_BUSY' ? { state: 'busy' } : unavailable(error);
  }
  held.add(db);
  return {
    state: 'held',
    release() {
      if (!held.delete(db)) return;
      db.close();
    },
  };
}

function unavailable(error: unknown): FileLock {
  return { state: 'unavailable', problem: error instanceof Error ? error.message : String(error) };
}
