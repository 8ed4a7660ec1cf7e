/**
 * Temporary folders for the tests of one file: each made by the returned function, removed after its
 * test — or, for tests that run concurrently (`describe.concurrent`), after the file's last test: one
 * test ending must not remove the folder another is still using.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach } from 'vitest';

export function temporaryFolders(prefix: string, options: { removedAfter?: 'each' | 'all' } = {}): () => string {
  const made: string[] = [];
  (options.removedAfter === 'all' ? afterAll : afterEach)(() => {
    for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}
