/** Every offline source the benchmark draws from, checked for presence with an install hint when one is missing. */
import { KJV_INSTALL_HINT, readKjv } from './kjv.ts';
import { listManPages } from './man-pages.ts';
import type { SourceText } from './source-document.ts';
import { readSquad } from './squad.ts';

export class MissingSourceError extends Error {}

export function sourcePool(squadFile: string): SourceText[] {
  const kjv = readKjv();
  if (!kjv) throw new MissingSourceError(KJV_INSTALL_HINT);
  const man = listManPages();
  if (man.length === 0) throw new MissingSourceError('No man pages under /usr/share/man/man1…8: install some (e.g. `apt-get install -y man-db manpages`).');
  return [...kjv, ...readSquad(squadFile), ...man];
}
