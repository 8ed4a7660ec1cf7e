/**
 * `npm run add`'s preview of a document, as the terminal shows it (what `/corpus add` shows in
 * Discord: title, date, source, sentences, the file it becomes, its first sentences, and whether it
 * is already in the corpus or a newer version of a document there). Pure.
 */
import { previewAction, type Preview } from '../corpus/admin/corpus-admin.ts';
import { duplicateReason, keepsLittle } from '../corpus/admin/duplicates.ts';
import { plural } from '../answer/plural.ts';

/** How many of the first sentences (or of a new version's new ones) are quoted. */
const QUOTED_SENTENCES = 3;
const MAX_QUOTE_CHARS = 200;

const shortened = (text: string) => (text.length > MAX_QUOTE_CHARS ? `${text.slice(0, MAX_QUOTE_CHARS - 1).trimEnd()}…` : text);

export function formatPreviewForTerminal(preview: Preview): string {
  const { article, duplicate, replaces } = preview;
  const lines = [
    article.title,
    `  Date: ${article.date ?? 'not given'}${article.publisher ? ` · ${article.publisher}` : ''}`,
    `  Source: ${article.url ?? preview.source}`,
    `  Sentences: ${preview.sentences.length}${previewAction(preview) === 'none' ? '' : ` · saved as corpus file ${preview.fileName}`}`,
  ];
  const quoted = replaces?.added.length ? replaces.added : preview.sentences;
  if (replaces?.added.length) lines.push(`  New in this version${replaces.added.length > QUOTED_SENTENCES ? ` (the first ${QUOTED_SENTENCES} of ${replaces.added.length})` : ''}:`);
  for (const sentence of quoted.slice(0, QUOTED_SENTENCES)) lines.push(`    “${shortened(sentence)}”`);
  if (replaces) {
    lines.push(
      `  A newer version of “${replaces.title}” (${replaces.docId}) — ${duplicate ? duplicateReason(duplicate) : 'the same link'}: ${plural(replaces.added.length, 'sentence')} new, ${plural(replaces.removed, 'sentence')} no longer in it; the old version is kept in the trash folder.`,
    );
    if (keepsLittle(replaces)) lines.push(`  ⚠ It keeps only ${replaces.kept} of the old version's ${plural(replaces.kept + replaces.removed, 'sentence')}: check that it is the same article before replacing.`);
  } else if (duplicate) {
    lines.push(`  Already in the corpus as “${duplicate.title}” (${duplicate.docId}) — ${duplicateReason(duplicate)}, and no sentence differs: not added.`);
  } else if (preview.shares) {
    lines.push(`  Not a duplicate, but ${preview.shares.shared} of its ${plural(preview.shares.of, 'sentence')} are also in “${preview.shares.title}” (${preview.shares.docId}) — a wire story? An answer quotes such a sentence once and cites both.`);
  }
  return lines.join('\n');
}
