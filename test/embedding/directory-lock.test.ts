import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withDirectoryLock } from '../../src/embedding/offline-model/directory-lock.ts';
import { removeTempDirs, tempDir } from './helpers.ts';

afterAll(removeTempDirs);

const fast = { staleMs: 60_000, pollMs: 10 };

describe('withDirectoryLock', () => {
  it('runs holders one at a time and removes the lock afterwards', async () => {
    const lock = path.join(await tempDir('lock'), 'model.lock');
    const events: string[] = [];
    const hold = (name: string) =>
      withDirectoryLock(lock, fast, async () => {
        events.push(`${name} in`);
        await new Promise((resolve) => setTimeout(resolve, 30));
        events.push(`${name} out`);
      });
    await Promise.all([hold('a'), hold('b')]);
    // Either may win the lock; what matters is that the holders never overlap.
    const [first, second] = [events[0]!.split(' ')[0], events[2]!.split(' ')[0]];
    expect(new Set([first, second])).toEqual(new Set(['a', 'b']));
    expect(events).toEqual([`${first} in`, `${first} out`, `${second} in`, `${second} out`]);
    await expect(fs.stat(lock)).rejects.toThrow(/ENOENT/);
  });

  it('releases the lock when the holder throws', async () => {
    const lock = path.join(await tempDir('lock'), 'model.lock');
    await expect(withDirectoryLock(lock, fast, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(withDirectoryLock(lock, fast, async () => 'next')).resolves.toBe('next');
  });

  it('takes over a lock whose owner process is gone', async () => {
    const lock = path.join(await tempDir('lock'), 'model.lock');
    await fs.mkdir(lock);
    // pid 2^22 + 1 is above Linux's pid_max default, so no such process exists.
    await fs.writeFile(path.join(lock, 'owner.json'), JSON.stringify({ pid: 4_194_305, host: (await import('node:os')).hostname(), startedAt: Date.now() }));
    await expect(withDirectoryLock(lock, fast, async () => 'taken over')).resolves.toBe('taken over');
  });

  it('takes over a lock older than staleMs', async () => {
    const lock = path.join(await tempDir('lock'), 'model.lock');
    await fs.mkdir(lock);
    await fs.writeFile(path.join(lock, 'owner.json'), JSON.stringify({ pid: process.pid, host: 'another-host', startedAt: Date.now() - 120_000 }));
    await expect(withDirectoryLock(lock, fast, async () => 'taken over')).resolves.toBe('taken over');
  });
});
