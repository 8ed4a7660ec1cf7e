/**
 * A cross-process lock held as a directory (mkdir is atomic on every filesystem we run on), so
 * that `npm install`, a test worker and the bot starting at once build the offline model once:
 * the others wait, then find it built. A lock whose owner died (same host, pid gone) or that is
 * older than `staleMs` is taken over, so a crash never blocks later runs.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface LockOptions {
  /** A lock older than this is considered abandoned. */
  staleMs: number;
  pollMs: number;
  /** Called once when the lock is busy, before waiting. */
  onWait?: (owner: LockOwner | null) => void;
}

export interface LockOwner {
  pid: number;
  host: string;
  startedAt: number;
}

const OWNER_FILE = 'owner.json';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(lockDir: string): Promise<LockOwner | null> {
  try {
    return JSON.parse(await fs.readFile(path.join(lockDir, OWNER_FILE), 'utf8')) as LockOwner;
  } catch {
    return null;
  }
}

async function isAbandoned(lockDir: string, staleMs: number): Promise<boolean> {
  const owner = await readOwner(lockDir);
  if (owner && owner.host === os.hostname() && !processAlive(owner.pid)) return true;
  const stat = await fs.stat(lockDir).catch(() => null);
  if (!stat) return false; // released meanwhile: just retry
  return Date.now() - (owner?.startedAt ?? stat.mtimeMs) > staleMs;
}

/** Runs `fn` while holding the lock at `lockDir` (created, and removed afterwards). */
export async function withDirectoryLock<T>(lockDir: string, options: LockOptions, fn: () => Promise<T>): Promise<T> {
  await fs.mkdir(path.dirname(lockDir), { recursive: true });
  let waited = false;
  for (;;) {
    try {
      await fs.mkdir(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (await isAbandoned(lockDir, options.staleMs)) {
      await fs.rm(lockDir, { recursive: true, force: true });
      continue;
    }
    if (!waited) {
      waited = true;
      options.onWait?.(await readOwner(lockDir));
    }
    await new Promise((resolve) => setTimeout(resolve, options.pollMs));
  }
  try {
    const owner: LockOwner = { pid: process.pid, host: os.hostname(), startedAt: Date.now() };
    await fs.writeFile(path.join(lockDir, OWNER_FILE), JSON.stringify(owner));
    return await fn();
  } finally {
    await fs.rm(lockDir, { recursive: true, force: true });
  }
}
