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
import { tryFileLock } from '../file-lock.ts';

export const BUILD_LOCK_FILE = 'build.lock';

export interface BuildLock {
  /** Another process (or engine) was building when this one asked: what it made current may serve. */
  readonly waited: boolean;
  release(): void;
}

/**
 * How long a build waits for another at most: a process holding the folder that long is stuck (an
 * `npm run index` suspended with Ctrl-Z holds its lock), and the bot must not stop indexing for it.
 * The longest build measured here, 100,000 sentences, takes half a minute.
 */
export const BUILD_WAIT_LIMIT_MS = 10 * 60_000;

export interface BuildLockOptions {
  /** Called once, when another holds the lock: a progress line, a log entry. */
  onWait?: () => void;
  /** Where the lock cannot be taken at all (a file system without locks), or not within the wait limit: the build goes on unlocked. */
  onUnavailable?: (problem: string) => void;
  pollMs?: number;
  waitLimitMs?: number;
}

export async function holdBuildLock(indexDir: string, options: BuildLockOptions = {}): Promise<BuildLock> {
  fs.mkdirSync(indexDir, { recursive: true });
  const file = path.join(indexDir, BUILD_LOCK_FILE);
  const limit = options.waitLimitMs ?? BUILD_WAIT_LIMIT_MS;
  const started = Date.now();
  let waited = false;
  for (;;) {
    const lock = tryFileLock(file);
    if (lock.state === 'held') return { waited, release: lock.release };
    const problem =
      lock.state === 'unavailable' ? lock.problem : Date.now() - started >= limit ? `another process has held it for ${limit >= 60_000 ? `${Math.round(limit / 60_000)} minutes` : `${(limit / 1000).toFixed(1)} s`}` : null;
    if (problem !== null) {
      options.onUnavailable?.(problem);
      return { waited, release() {} };
    }
    if (!waited) options.onWait?.();
    waited = true;
    await sleep(options.pollMs ?? 250);
  }
}
