/** English man pages under /usr/share/man/man1…man8 (regular gzipped files, not links): one text file each. */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { roffToText } from './roff.ts';
import type { SourceText } from './source-document.ts';

export const MAN_ROOT = '/usr/share/man';

/**
 * The Google Cloud SDK ships ~16,600 generated pages (`gcloud_*`) that repeat the same sentences
 * with a different command name: left out, they would make most of the pool near-duplicates.
 */
const GENERATED = /^gcloud[_.]/;

export function listManPages(root = MAN_ROOT): SourceText[] {
  const pages: SourceText[] = [];
  for (let n = 1; n <= 8; n++) {
    const dir = path.join(root, `man${n}`);
    let names: string[];
    try {
      names = fs.readdirSync(dir).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const full = path.join(dir, name);
      if (!name.endsWith('.gz') || GENERATED.test(name) || !fs.lstatSync(full).isFile()) continue;
      const page = name.replace(/\.gz$/, '');
      pages.push({
        source: 'man',
        file: `man/man${n}/${page.replace(/[^\w.+-]+/g, '_')}.txt`,
        read: () => {
          try {
            return roffToText(gunzipSync(fs.readFileSync(full)).toString('utf8'), page)?.text ?? null;
          } catch {
            return null;
          }
        },
      });
    }
  }
  return pages;
}
