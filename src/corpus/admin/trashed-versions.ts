/**
 * The versions of documents the trash folder keeps, read off the change log: each removal's file and
 * each update's replaced version, newest first. A moderator restores one with `/corpus restore`
 * (CorpusAdmin.restore) instead of moving files by hand on the server. Pure.
 */
import type { CorpusChange } from './change-log.ts';

export interface TrashedVersion {
  /** Its change's line in the change log, counting from 0: the log is only appended to, so it stays the same. */
  change: number;
  /** The id it had, and gets back. */
  docId: string;
  /** The title when it was removed; for a replaced version, the title of the update that replaced it. */
  title: string;
  url: string | null;
  /** Removed, or replaced by an update or by a restore of another version. */
  how: 'removed' | 'updated' | 'restored';
  /** When it was removed or replaced, and by whom. */
  time: string;
  userName: string;
  /** Where the file is, relative to the data folder. */
  trashedAs: string;
  /** For a replaced version whose successor has another name (an update made a .txt a .md): the successor's id. */
  successorId?: string;
}

export function trashedVersions(changes: readonly CorpusChange[]): TrashedVersion[] {
  const versions: TrashedVersion[] = [];
  changes.forEach((change, i) => {
    if (!change.trashedAs) return;
    // An update keeps the version it replaced, which had the id the update took over (or its own).
    const how = change.action === 'remove' ? 'removed' : change.action === 'restore' ? 'restored' : 'updated';
    const docId = change.action === 'remove' ? change.docId : (change.replacedDocId ?? change.docId);
    const successor = change.action !== 'remove' && change.docId !== docId ? { successorId: change.docId } : {};
    versions.push({ change: i, docId, title: change.title, url: change.url, how, time: change.time, userName: change.userName, trashedAs: change.trashedAs, ...successor });
  });
  return versions.reverse();
}

/** How a trashed version is offered: what it is, and when and by whom it went. */
export function trashedVersionLabel(v: TrashedVersion): string {
  const day = v.time.slice(0, 10);
  if (v.how === 'removed') return `${v.title} — removed ${day} by ${v.userName}`;
  return `${v.title} — the version before the ${v.how === 'updated' ? 'update' : 'restore'} of ${day} by ${v.userName}`;
}
