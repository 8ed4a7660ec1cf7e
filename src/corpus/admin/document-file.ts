/**
 * An Article → the text of a corpus file (front matter the loader reads, then `# Title` and the
 * body) and a file name for it that is safe and not taken. Pure.
 */
import type { Article } from '../extract/extract-article.ts';

export interface AddedBy {
  userId: string;
  userName: string;
}

/** The user id `npm run add` records its changes under (its user name: who ran it). */
export const COMMAND_LINE_USER_ID = 'command-line';

/** A front-matter value on one line, quoted so a "#" or ":" inside it is kept as written. */
function yamlValue(value: string): string {
  return JSON.stringify(value.replace(/\s+/g, ' ').trim());
}

export function renderDocumentFile(article: Article, addedBy: AddedBy, addedAt: Date): string {
  const lines = ['---', `title: ${yamlValue(article.title)}`];
  if (article.url) lines.push(`url: ${article.url}`);
  if (article.date) lines.push(`date: ${article.date}`);
  if (article.publisher) lines.push(`publisher: ${yamlValue(article.publisher)}`);
  lines.push(`added_by: ${yamlValue(`${addedBy.userName} (${addedBy.userId})`)}`, `added_at: ${addedAt.toISOString()}`, '---');
  const titleLine = article.format === 'markdown' ? `# ${article.title.replace(/\s+/g, ' ').trim()}` : article.title.replace(/\s+/g, ' ').trim();
  // A body that already opens with its title (a Markdown or text file) keeps it; others get it.
  const firstLine = article.body.split('\n', 1)[0]!.replace(/^#+\s*/, '').trim();
  const head = firstLine === article.title.trim() ? [] : [titleLine, ''];
  return `${[...lines, ...head, article.body.trim()].join('\n')}\n`;
}

/** "Mexico's Security Plan: What's Next?" → "mexicos-security-plan-whats-next" (ASCII, ≤ 60 characters). */
export function slugOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'document';
}

/** A file name in the corpus folder for `title` that no existing document (by docId) already has. */
export function fileNameFor(title: string, format: Article['format'], taken: ReadonlySet<string>): string {
  const extension = format === 'markdown' ? 'md' : 'txt';
  const stem = slugOf(title);
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${stem}.${extension}` : `${stem}-${n}.${extension}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
