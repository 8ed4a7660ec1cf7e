/**
 * What `npm run add` does with its links and files, its terminal at the edges: each previewed
 * (format-preview.ts), then added — or, for a newer version of a document in the corpus, put in its
 * place — once `confirm` says yes (no `confirm`: `yes` decides alone). A link or file that cannot be
 * used is one line on `warn`, and the others are still added.
 */
import { previewAction, type CorpusAdmin, type Preview } from '../corpus/admin/corpus-admin.ts';
import type { AddedBy } from '../corpus/admin/document-file.ts';
import { isUserError } from '../errors.ts';
import { formatPreviewForTerminal } from './format-preview.ts';

export interface AddDocumentsOptions {
  admin: Pick<CorpusAdmin, 'previewUrl' | 'previewLocalFile' | 'add' | 'replace'>;
  sources: readonly string[];
  by: AddedBy;
  /** Add without asking. */
  yes: boolean;
  /** Asks the person at the terminal (a line back); null when there is no one to ask (input that is no terminal). */
  confirm: ((question: string) => Promise<string>) | null;
  /** stdout: the previews and what was done. */
  write: (text: string) => void;
  /** stderr: why a link or file could not be used. */
  warn: (text: string) => void;
}

const isLink = (source: string) => /^https?:\/\//i.test(source);

/** Adds what it can; how many links or files could not be used. */
export async function addDocuments(options: AddDocumentsOptions): Promise<{ failed: number }> {
  const { admin, by } = options;
  let failed = 0;
  for (const source of options.sources) {
    try {
      const preview = isLink(source) ? await admin.previewUrl(source, by) : await admin.previewLocalFile(source, by);
      options.write(`\n${formatPreviewForTerminal(preview)}\n`);
      await addPreviewed(preview, options);
    } catch (error) {
      if (!isUserError(error)) throw error;
      failed++;
      options.warn(`error: ${error.message}\n`);
    }
  }
  return { failed };
}

async function addPreviewed(preview: Preview, { admin, by, yes, confirm, write }: AddDocumentsOptions): Promise<void> {
  const action = previewAction(preview);
  if (action === 'none') return;
  if (!yes) {
    const notDone = `Not ${action === 'replace' ? 'replaced' : 'added'}`;
    if (!confirm) {
      write(`${notDone}: run again with --yes to ${action} it.\n`);
      return;
    }
    const answer = await confirm(action === 'replace' ? `Replace “${preview.replaces!.title}” with it? [y/N] ` : 'Add it to the corpus? [y/N] ');
    if (!/^y(?:es)?$/i.test(answer.trim())) {
      write(`${notDone}.\n`);
      return;
    }
  }
  if (action === 'replace') {
    const replaced = await admin.replace(preview, by);
    write(`Replaced ${replaced.replaced.docId} with ${replaced.docId} (${replaced.sentences} sentences; the old version is in the trash folder as ${replaced.trashedAs}), indexed in ${replaced.seconds.toFixed(1)} s.\n`);
  } else {
    const added = await admin.add(preview, by);
    write(`Added ${added.docId} (${added.sentences} sentences), indexed in ${added.seconds.toFixed(1)} s.\n`);
  }
}
