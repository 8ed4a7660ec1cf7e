/** The corpus folder watched (real fs.watch on real folders): when a change reindexes, and what is no change. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { changesCorpus, watchCorpus, type CorpusWatch } from '../../src/engine/corpus-watch.ts';
import { createLogger } from '../../src/log.ts';
import { temporaryFolders } from '../helpers/temporary-folders.ts';

const folder = temporaryFolders('corpus-watch-');
const watches: CorpusWatch[] = [];
afterEach(() => {
  for (const w of watches.splice(0)) w.stop();
});

function watched(onChange: () => Promise<unknown>) {
  const dir = folder();
  const lines: string[] = [];
  watches.push(watchCorpus(dir, { onChange, quietMs: 200, logger: createLogger('debug', (line) => lines.push(line)) }));
  return { dir, lines };
}

describe('what changes the corpus', () => {
  test('GIVEN a document, one in a subfolder, or no name THEN a change; GIVEN a hidden file, one in a hidden folder, or a backup~ THEN none', () => {
    for (const file of ['call.md', 'wire/update.txt', 'notes']) expect(changesCorpus(file)).toBe(true);
    expect(changesCorpus(null)).toBe(true);
    for (const file of ['.call.md.swp', '.call.md.4242.tmp', '.git/index', 'wire/.DS_Store', 'call.md~']) expect(changesCorpus(file)).toBe(false);
  });
});

describe('watchCorpus', () => {
  test('GIVEN a burst of writes THEN one reindex once the folder is quiet, logged', async () => {
    let calls = 0;
    const { dir, lines } = watched(async () => void calls++);
    for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(dir, `doc-${i}.md`), `# Doc ${i}\n\nText ${i}.\n`);
    await vi.waitFor(() => expect(calls).toBe(1), { timeout: 15_000 });
    expect(lines.some((l) => l.includes('the corpus folder changed: reindexing'))).toBe(true);
    // A later change is another reindex.
    fs.rmSync(path.join(dir, 'doc-0.md'));
    await vi.waitFor(() => expect(calls).toBe(2), { timeout: 15_000 });
  });

  test('GIVEN a change while a reindex runs THEN one more reindex after it, never two at once', async () => {
    const releases: (() => void)[] = [];
    let running = 0;
    let most = 0;
    const { dir } = watched(
      () =>
        new Promise<void>((resolve) => {
          running++;
          most = Math.max(most, running);
          releases.push(() => {
            running--;
            resolve();
          });
        }),
    );
    fs.writeFileSync(path.join(dir, 'a.md'), '# A\n\nFirst.\n');
    await vi.waitFor(() => expect(releases).toHaveLength(1), { timeout: 15_000 });
    fs.writeFileSync(path.join(dir, 'b.md'), '# B\n\nSecond.\n');
    // The second reindex waits for the first to end, then comes by itself.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(releases).toHaveLength(1);
    releases[0]!();
    await vi.waitFor(() => expect(releases).toHaveLength(2), { timeout: 15_000 });
    releases[1]!();
    expect(most).toBe(1);
  });

  test('GIVEN a reindex that fails THEN the watch goes on, and the next change reindexes again', async () => {
    let calls = 0;
    const { dir } = watched(async () => {
      calls++;
      if (calls === 1) throw new Error('disk full');
    });
    fs.writeFileSync(path.join(dir, 'a.md'), '# A\n\nFirst.\n');
    await vi.waitFor(() => expect(calls).toBe(1), { timeout: 15_000 });
    fs.writeFileSync(path.join(dir, 'b.md'), '# B\n\nSecond.\n');
    await vi.waitFor(() => expect(calls).toBe(2), { timeout: 15_000 });
  });

  test('GIVEN a folder that cannot be watched THEN a warning saying to use /reindex, and nothing else happens', () => {
    const lines: string[] = [];
    const watch = watchCorpus(path.join(folder(), 'missing'), { onChange: async () => {}, logger: createLogger('debug', (line) => lines.push(line)) });
    watch.stop();
    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(['cannot watch the corpus folder: after changing it by hand, run /reindex']);
  });
});
