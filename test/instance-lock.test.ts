import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/config.ts';
import { UserError } from '../src/errors.ts';
import { holdInstanceLock, INSTANCE_LOCK_FILE } from '../src/instance-lock.ts';
import { startCommand, TSX } from './helpers/run-command.ts';
import { temporaryFolders } from './helpers/temporary-folders.ts';

const folder = temporaryFolders('instance-lock-');

/**
 * Another process holding the folder's lock, as a second bot would, until it is killed. It keeps no
 * reference to the lock and collects garbage at once: a connection nothing refers to is closed when
 * collected, and the lock must not go with it (a loaded machine collects at any time).
 */
function otherProcessHolding(dir: string) {
  const script = `import v8 from 'node:v8'; import vm from 'node:vm';
import { holdInstanceLock } from ${JSON.stringify(path.join(PROJECT_ROOT, 'src', 'instance-lock.ts'))};
holdInstanceLock(${JSON.stringify(dir)});
v8.setFlagsFromString('--expose-gc'); vm.runInNewContext('gc')();
process.stderr.write('holding\\n'); setInterval(() => {}, 1000);`;
  return startCommand(TSX, ['--eval', script], { cwd: PROJECT_ROOT, env: process.env, timeoutMs: 60_000 });
}

describe('one bot process per data folder', () => {
  it('GIVEN the lock held THEN a second hold is refused, naming the folder; released, it can be held again', () => {
    const dir = folder();
    const first = holdInstanceLock(dir);
    expect(first.file).toBe(path.join(dir, INSTANCE_LOCK_FILE));
    let refusal: unknown;
    try {
      holdInstanceLock(dir);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(UserError);
    expect(refusal).toMatchObject({ code: 'BOT_ALREADY_RUNNING' });
    expect((refusal as Error).message).toContain(dir);
    expect((refusal as Error).message).toContain('DATA_DIR');
    first.release();
    first.release();
    holdInstanceLock(dir).release();
  });

  it('GIVEN a folder where no lock can be taken (here a folder in the lock file\'s place) THEN it is not held, saying why, and the bot is not stopped', () => {
    const dir = folder();
    fs.mkdirSync(path.join(dir, INSTANCE_LOCK_FILE));
    const lock = holdInstanceLock(dir);
    expect(lock.problem).toMatch(/open/i);
    lock.release();
    expect(holdInstanceLock(folder()).problem).toBeNull();
  });

  it('GIVEN another data folder THEN its lock is its own', () => {
    const a = holdInstanceLock(folder());
    const b = holdInstanceLock(folder());
    a.release();
    b.release();
  });

  it('GIVEN another process holding it THEN it is refused; once that process is killed (SIGKILL: no clean-up ran) THEN it is free, with no stale lock to clear', { timeout: 90_000 }, async () => {
    const dir = folder();
    const other = otherProcessHolding(dir);
    try {
      await other.stderrMatching(/holding/);
      expect(() => holdInstanceLock(dir)).toThrow(/already running/);
      other.signal('SIGKILL');
      await other.result;
      // The lock file stays; the lock went with the process.
      expect(fs.existsSync(path.join(dir, INSTANCE_LOCK_FILE))).toBe(true);
      holdInstanceLock(dir).release();
    } finally {
      other.signal('SIGKILL');
    }
  });
});
