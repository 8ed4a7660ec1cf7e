/** Bytes on disk under a folder (files only, recursively). */
import fs from 'node:fs';
import path from 'node:path';

export function folderBytes(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((n, e) => {
    const full = path.join(dir, e.name);
    return n + (e.isDirectory() ? folderBytes(full) : fs.statSync(full).size);
  }, 0);
}
