/**
 * The disk side of managing the corpus folder: write a new document without replacing anything,
 * and move a removed one to a trash folder (never deleted, so a mistake can be undone by hand).
 */
import { mkdir, open, rename, copyFile, unlink } from 'node:fs/promises';
import path from 'node:path';

/** Write `text` as `name` in the corpus folder; fails if the name was taken meanwhile. */
export async function writeNewDocument(corpusDir: string, name: string, text: string): Promise<string> {
  const file = path.join(corpusDir, name);
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  return file;
}

/** The path of `docId` inside the corpus folder, refusing anything that would step outside it. */
export function documentPath(corpusDir: string, docId: string): string {
  const root = path.resolve(corpusDir);
  const file = path.resolve(root, ...docId.split('/'));
  if (!file.startsWith(root + path.sep)) throw new Error(`document id outside the corpus: ${docId}`);
  return file;
}

/**
 * Move `docId` into `trashDir` as `<time>--<docId with / as __>`; returns the trash file's name.
 * A rename when both are on one disk, else copy then delete.
 */
export async function moveToTrash(corpusDir: string, docId: string, trashDir: string, now: Date): Promise<string> {
  const from = documentPath(corpusDir, docId);
  await mkdir(trashDir, { recursive: true });
  const name = `${now.toISOString().replace(/[:.]/g, '-')}--${docId.replace(/\//g, '__')}`;
  const to = path.join(trashDir, name);
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(from, to);
    await unlink(from);
  }
  return name;
}
