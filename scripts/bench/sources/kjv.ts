/**
 * The King James Bible from Debian's `bible-kjv-text` (read with its `bible` program): one Markdown
 * file per book, a section per chapter, a chapter's verses as one paragraph.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { SourceText } from './source-document.ts';

export const KJV_INSTALL_HINT =
  'The benchmark reads the King James Bible from the Debian package bible-kjv-text. Install it with\n' +
  '  sudo apt-get update && sudo apt-get install -y bible-kjv-text\n' +
  '(it brings the `bible` reader with it), then run `npm run bench` again.';

const DATA_FILES = ['/usr/lib/bible.data', '/usr/share/bible-kjv/bible.data'];

/** Null when the package (its data or its reader) is not installed. */
export function readKjv(): SourceText[] | null {
  if (!DATA_FILES.some((f) => fs.existsSync(f))) return null;
  let raw: string;
  try {
    raw = execFileSync('bible', ['-l100000', 'gen1:1-rev22:21'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return null;
  }
  return parseKjv(raw);
}

/** `bible` output ("Genesis 1" chapter lines, "  3 And God said…" verse lines) → one document per book. */
export function parseKjv(raw: string): SourceText[] {
  const books: { name: string; chapters: { number: string; verses: string[] }[] }[] = [];
  for (const line of raw.split('\n')) {
    const verse = /^\s+\d+\s+(.*)$/.exec(line);
    if (verse) {
      books.at(-1)?.chapters.at(-1)?.verses.push(verse[1]!.trim());
      continue;
    }
    const chapter = /^(\S.*?)\s+(\d+)\s*$/.exec(line);
    if (!chapter) continue;
    const [, name, number] = chapter as unknown as [string, string, string];
    if (books.at(-1)?.name !== name) books.push({ name, chapters: [] });
    books.at(-1)!.chapters.push({ number, verses: [] });
  }
  return books.map((book, i) => ({
    source: 'kjv',
    file: `kjv/${String(i + 1).padStart(2, '0')}-${slug(book.name)}.md`,
    read: () => [`# ${book.name}`, ...book.chapters.flatMap((c) => ['', `## ${book.name} ${c.number}`, '', c.verses.join('\n')])].join('\n') + '\n',
  }));
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
