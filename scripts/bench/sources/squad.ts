/** The SQuAD 2.0 dev articles the evaluation uses (../shared/eval): one plain-text file per article. */
import fs from 'node:fs';
import type { SourceText } from './source-document.ts';

interface SquadSet {
  data: { title: string; paragraphs: { context: string }[] }[];
}

/** Empty when the file is not there (it is an optional part of the pool). */
export function readSquad(file: string): SourceText[] {
  if (!fs.existsSync(file)) return [];
  const squad = JSON.parse(fs.readFileSync(file, 'utf8')) as SquadSet;
  return squad.data.map((article, i) => {
    const title = article.title.replace(/_/g, ' ');
    const text = `${title}\n\n${article.paragraphs.map((p) => p.context.trim()).join('\n\n')}\n`;
    return {
      source: 'squad',
      file: `squad/${String(i + 1).padStart(2, '0')}-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.txt`,
      read: () => text,
    };
  });
}
