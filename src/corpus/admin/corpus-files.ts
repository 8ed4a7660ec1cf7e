/**
 * The disk side of managing the corpus folder: write a new document without replacing anything,
 * replace one in a single step, and keep a removed or replaced one in a trash folder (never
 * deleted, so a mistake can be undone by hand).
 */
import { mkdir, rename, copyFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { replaceFile, writeSynced } from '../../file-system.ts';

/** Write `text` as `name` in the corpus folder; fails if the name was taken meanwhile. */
export async function writeNewDocument(corpusDir: string, name: string, text: string): Promise<string> {
  const file = path.join(corpusDir, name);
  await writeSynced(file, text, 'wx');
  return file;
}

/** The path of `docId` inside the corpus folder, refusing anything that would step outside it. */
export function documentPath(corpusDir: string, docId: string): string {
  const root = path.resolve(corpusDir);
  const file = path.resolve(root, ...docId.split('/'));
  if (!file.startsWith(root + path.sep)) throw new Error(`document id outside the corpus: ${docId}`);
  return file;
}

/** Write `text` over the document `docId` in one step: a reindex reads the old text or the new, never half of one. */
export async function replaceDocument(corpusDir: string, docId: string, text: string): Promise<void> {
  await replaceFile(documentPath(corpusDir, docId), text);
}

/** `<time>--<docId with / as __>`: the name `docId` is kept under in the trash folder. */
function trashName(docId: string, now: Date): string {
  return `${now.toISOString().replace(/[:.]/g, '-')}--${docId.replace(/\//g, '__')}`;
}

/** Copy `docId` into `trashDir` (as `moveToTrash` names it) and leave it in place; returns the trash file's name. */
export async function copyToTrash(corpusDir: string, docId: string, trashDir: string, now: Date): Promise<string> {
  await mkdir(trashDir, { recursive: true });
  const name = trashName(docId, now);
  await copyFile(documentPath(corpusDir, docId), path.join(trashDir, name));
  return name;
}

/**
 * Move `docId` into `trashDir` as `<time>--<docId with / as __>`; returns the trash file's name.
 * A rename when both are on one disk, else copy then delete.
 */
export async function moveToTrash(corpusDir: string, docId: string, trashDir: string, now: Date): Promise<string> {
  const from = documentPath(corpusDir, docId);
  await mkdir(trashDir, { recursive: true });
  const name = trashName(docId, now);
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
