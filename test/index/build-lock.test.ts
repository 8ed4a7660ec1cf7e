import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { BUILD_LOCK_FILE, holdBuildLock } from '../../src/index/build-lock.ts';
import { startCommand, TSX } from '../helpers/run-command.ts';
import { temporaryFolders } from '../helpers/temporary-folders.ts';

const folder = temporaryFolders('build-lock-');

/** Another process building in the folder (holding its lock, touching it every `heartbeatMs`) until it is killed. */
function otherProcessBuilding(dir: string, heartbeatMs?: number) {
  const script = `import { holdBuildLock } from ${JSON.stringify(path.join(PROJECT_ROOT, 'src', 'index', 'build-lock.ts'))};
void holdBuildLock(${JSON.stringify(dir)}, ${JSON.stringify(heartbeatMs === undefined ? {} : { heartbeatMs })}).then(() => process.stderr.write('building\\n'));
setInterval(() => {}, 1000);`;
  return startCommand(TSX, ['--eval', script], { cwd: PROJECT_ROOT, env: process.env, timeoutMs: 60_000 });
}

describe('one build at a time per index folder', () => {
  it('GIVEN the folder free THEN the lock is taken at once, without waiting; released, it is free again', async () => {
    const dir = path.join(folder(), 'index-not-made-yet');
    let told = 0;
    const lock = await holdBuildLock(dir, { onWait: () => told++ });
    expect(lock.waited).toBe(false);
    expect(told).toBe(0);
    expect(fs.existsSync(path.join(dir, BUILD_LOCK_FILE))).toBe(true);
    lock.release();
    lock.release();
    (await holdBuildLock(dir)).release();
  });

  it('GIVEN another process building THEN it waits, told once, without holding up this thread; once that process ends (SIGKILL) THEN the lock is taken', { timeout: 90_000 }, async () => {
    const dir = folder();
    const other = otherProcessBuilding(dir);
    try {
      await other.stderrMatching(/building/);
      let told = 0;
      let taken = false;
      const waiting = holdBuildLock(dir, { onWait: () => told++, pollMs: 20 }).then((lock) => ((taken = true), lock));
      // The thread goes on: timers run while it waits.
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 30));
      expect(taken).toBe(false);
      expect(told).toBe(1);
      other.signal('SIGKILL');
      await other.result;
      const lock = await waiting;
      expect(lock.waited).toBe(true);
      expect(told).toBe(1);
      lock.release();
    } finally {
      other.signal('SIGKILL');
    }
  });

  it('GIVEN another process building, alive, for longer than a suspended one may stay silent THEN this one waits for it; once that process is suspended (SIGSTOP) THEN the build goes on unlocked, saying why', { timeout: 90_000 }, async () => {
    const dir = folder();
    const other = otherProcessBuilding(dir, 50);
    try {
      await other.stderrMatching(/building/);
      const problems: string[] = [];
      let settled = false;
      const waiting = holdBuildLock(dir, { onUnavailable: (p) => problems.push(p), pollMs: 20, silenceLimitMs: 2_000 }).then((lock) => ((settled = true), lock));
      // Three times the silence limit: a holder that touches its lock file is not taken for stuck.
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      expect(settled).toBe(false);
      expect(problems).toEqual([]);
      other.signal('SIGSTOP');
      const lock = await waiting;
      expect(lock.waited).toBe(true);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^another process holds it but has shown no sign of life for \d+\.\d s \(suspended or stuck\)$/);
      lock.release();
    } finally {
      other.signal('SIGKILL');
      other.signal('SIGCONT');
    }
  });

  it('GIVEN another holding it, alive, past the wait limit (a hung build) THEN the build goes on unlocked, saying why', async () => {
    const dir = folder();
    const other = await holdBuildLock(dir);
    try {
      const problems: string[] = [];
      const lock = await holdBuildLock(dir, { onUnavailable: (p) => problems.push(p), pollMs: 10, waitLimitMs: 60 });
      expect(lock.waited).toBe(true);
      expect(problems).toEqual(['another process has held it for 0.1 s']);
      lock.release();
    } finally {
      other.release();
    }
  });

  it('GIVEN a folder where no lock can be taken (a folder in the lock file\'s place) THEN the build goes on unlocked, saying why', async () => {
    const dir = folder();
    fs.mkdirSync(path.join(dir, BUILD_LOCK_FILE));
    const problems: string[] = [];
    const lock = await holdBuildLock(dir, { onUnavailable: (p) => problems.push(p) });
    expect(lock.waited).toBe(false);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/open/i);
    lock.release();
  });
});
