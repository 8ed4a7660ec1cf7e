/**
 * One build at a time per index folder, across processes: the bot, `npm run ask`, `add` and `index`
 * share INDEX_DIR by default, and two of them finding the corpus changed would each embed it and
 * write a generation (at 100,000 sentences, twice the half minute and the 1.3 GB). The second waits
 * for the first, without blocking its thread (a bot goes on answering from the index it serves), and
 * then starts from what the first made current — often the very index it was about to build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { tryFileLock, type FileLock } from '../file-lock.ts';

export const BUILD_LOCK_FILE = 'build.lock';

export interface BuildLock {
  /** Another process (or engine) was building when this one asked: what it made current may serve. */
  readonly waited: boolean;
  release(): void;
}

/**
 * The holder touches the lock file this often while it holds it: a sign of life its waiters read
 * (the kernel's lock says a process holds it, not that the process runs).
 */
export const BUILD_HEARTBEAT_MS = 15_000;

/**
 * A holder whose lock file has not been touched for this long is not running — an `npm run index`
 * suspended with Ctrl-Z, a process stopped in a debugger — and the bot must not stop indexing for
 * it. A holder that runs is waited for however long its build takes (with the hub model on two
 * cores, a large corpus takes far longer than the offline model's half minute at 100,000 sentences).
 */
export const BUILD_SILENCE_LIMIT_MS = 2 * 60_000;

/** Even a holder that shows life is not waited for beyond this: a build that long is hung. */
export const BUILD_WAIT_LIMIT_MS = 2 * 60 * 60_000;

export interface BuildLockOptions {
  /** Called once, when another holds the lock: a progress line, a log entry. */
  onWait?: () => void;
  /** Where the lock cannot be taken at all (a file system without locks), or the holder is stuck: the build goes on unlocked. */
  onUnavailable?: (problem: string) => void;
  pollMs?: number;
  heartbeatMs?: number;
  silenceLimitMs?: number;
  waitLimitMs?: number;
}

/**
 * The folder's lock now, without waiting, for work too short to need a heartbeat or a wait (pruning
 * old generations: skipped while another process builds).
 */
export function tryBuildLock(indexDir: string): FileLock {
  return tryFileLock(path.join(indexDir, BUILD_LOCK_FILE));
}

export async function holdBuildLock(indexDir: string, options: BuildLockOptions = {}): Promise<BuildLock> {
  fs.mkdirSync(indexDir, { recursive: true });
  const file = path.join(indexDir, BUILD_LOCK_FILE);
  const silenceLimit = options.silenceLimitMs ?? BUILD_SILENCE_LIMIT_MS;
  const waitLimit = options.waitLimitMs ?? BUILD_WAIT_LIMIT_MS;
  const started = Date.now();
  let waited = false;
  for (;;) {
    const lock = tryBuildLock(indexDir);
    if (lock.state === 'held') {
      const heartbeat = keepTouching(file, options.heartbeatMs ?? BUILD_HEARTBEAT_MS);
      return {
        waited,
        release() {
          clearInterval(heartbeat);
          lock.release();
        },
      };
    }
    const problem = lock.state === 'unavailable' ? lock.problem : holderProblem(file, started, silenceLimit, waitLimit);
    if (problem !== null) {
      options.onUnavailable?.(problem);
      return { waited, release() {} };
    }
    if (!waited) options.onWait?.();
    waited = true;
    await sleep(options.pollMs ?? 250);
  }
}

function keepTouching(file: string, everyMs: number): NodeJS.Timeout {
  const touch = () => {
    try {
      const now = new Date();
      fs.utimesSync(file, now, now);
    } catch {
      // A folder gone or read-only: the waiters will take this holder for stuck and build, as without a lock.
    }
  };
  touch();
  const timer = setInterval(touch, everyMs);
  timer.unref();
  return timer;
}

/**
 * Why the holder is not waited for any longer, or null. Silence counts from this waiter's start at
 * the earliest: a holder that has just taken the lock may not have touched the file yet.
 */
function holderProblem(file: string, started: number, silenceLimit: number, waitLimit: number): string | null {
  const now = Date.now();
  if (now - started >= waitLimit) return `another process has held it for ${duration(waitLimit)}`;
  const touched = fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? now;
  if (now - Math.max(touched, started) < silenceLimit) return null;
  return `another process holds it but has shown no sign of life for ${duration(now - touched)} (suspended or stuck)`;
}

function duration(ms: number): string {
  if (ms >= 60 * 60_000) return `${+(ms / (60 * 60_000)).toFixed(1)} hours`;
  if (ms >= 60_000) return `${Math.round(ms / 60_000)} minutes`;
  return `${(ms / 1000).toFixed(1)} s`;
}
