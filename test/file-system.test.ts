import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canWrite, fileSystemRefusal, replaceFile } from '../src/file-system.ts';
import { temporaryFolders } from './helpers/temporary-folders.ts';

const tmp = temporaryFolders('file-system-test-');

describe('canWrite: whether a folder takes new files, tried for real', () => {
  it('GIVEN a folder of its own THEN yes, and the trial leaves nothing behind', () => {
    const dir = tmp();
    expect(canWrite(dir)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  // sysfs refuses new files to every user, root included, though access() says root may write.
  it.runIf(process.platform === 'linux')('GIVEN a folder the system refuses files in THEN no', () => {
    expect(canWrite('/sys')).toBe(false);
  });
});

describe('replaceFile: a file written over in one step', () => {
  it('GIVEN a file THEN it holds the new text and nothing else is left beside it', async () => {
    const file = path.join(tmp(), 'state.json');
    fs.writeFileSync(file, 'old');
    await replaceFile(file, 'new');
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['state.json']);
  });

  it('GIVEN a target it cannot be renamed over (a folder) THEN it fails and takes its hidden file back out', async () => {
    const dir = tmp();
    const target = path.join(dir, 'doc.md');
    fs.mkdirSync(path.join(target, 'inside'), { recursive: true });
    await expect(replaceFile(target, 'text')).rejects.toThrow();
    expect(fs.readdirSync(dir)).toEqual(['doc.md']);
  });

  it.runIf(process.platform === 'linux')('GIVEN a folder that refuses files THEN the refusal is one a user is told in words', async () => {
    const error = await replaceFile('/sys/event-qa-test.json', 'x').then(() => null, (e: unknown) => e);
    expect(fileSystemRefusal(error)).toMatch(/^(permission denied|the system does not allow it|it is on a read-only file system)$/);
  });
});
