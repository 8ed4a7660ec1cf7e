import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIndexFolder } from '../../src/engine/index-folder.ts';
import { temporaryFolders } from '../helpers/temporary-folders.ts';

const tmp = temporaryFolders('index-folder-test-');

describe('checking the index folder before the model loads', () => {
  it('GIVEN a missing folder THEN it is created', () => {
    const dir = path.join(tmp(), 'a', 'index');
    checkIndexFolder(dir);
    expect(fs.statSync(dir).isDirectory()).toBe(true);
  });

  it('GIVEN a file THEN INDEX_DIR_UNUSABLE says it is a file', () => {
    const file = path.join(tmp(), 'index');
    fs.writeFileSync(file, '');
    expect(() => checkIndexFolder(file)).toThrow(expect.objectContaining({ code: 'INDEX_DIR_UNUSABLE', message: expect.stringContaining('it is a file, not a folder') }));
  });

  it('GIVEN a path under a file THEN INDEX_DIR_UNUSABLE says part of it is a file', () => {
    const file = path.join(tmp(), 'index');
    fs.writeFileSync(file, '');
    expect(() => checkIndexFolder(path.join(file, 'inner'))).toThrow(
      expect.objectContaining({ code: 'INDEX_DIR_UNUSABLE', message: expect.stringContaining('part of the path is a file, not a folder') }),
    );
  });
});

describe('a folder the system refuses files in', () => {
  // sysfs refuses new files to every user, root included, though access() says root may write.
  it.runIf(process.platform === 'linux')('GIVEN /sys THEN the index folder check says why', () => {
    expect(() => checkIndexFolder('/sys')).toThrow(/^The index folder \/sys cannot be used: (permission denied|the system does not allow it|it is on a read-only file system)\./);
  });
});
