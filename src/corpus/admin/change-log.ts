/**
 * The append-only record of corpus changes made from Discord: one JSON line per change (who,
 * what, when), written and fsync'd before the change is reported, so a crash never loses a
 * change that a moderator was told about. Lines that cannot be read are skipped, not fatal.
 */
import { mkdir, open, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface CorpusChange {
  /** ISO time of the change. */
  time: string;
  action: 'add' | 'remove' | 'update' | 'restore';
  docId: string;
  title: string;
  url: string | null;
  userId: string;
  userName: string;
  /** Sentences the document holds (add, update) or held (remove). */
  sentences: number;
  /** For remove: where the file was moved; for update and restore: where the version it replaced was kept. Relative to the data folder. */
  trashedAs?: string;
  /** For update and restore, when the version it replaced had another name (a Markdown version of a .txt document): that id. */
  replacedDocId?: string;
  /** For restore: the trash file the version came back from. Relative to the data folder. */
  restoredFrom?: string;
}

export class CorpusChangeLog {
  readonly file: string;

  constructor(file: string) {
    this.file = file;
  }

  async append(change: CorpusChange): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    const handle = await open(this.file, 'a');
    try {
      await handle.appendFile(`${JSON.stringify(change)}\n`, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  /** Every recorded change, oldest first; empty when nothing was recorded yet. */
  async read(): Promise<CorpusChange[]> {
    const text = await readFile(this.file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    const changes: CorpusChange[] = [];
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        changes.push(JSON.parse(line) as CorpusChange);
      } catch {
        // A torn last line from a crash mid-write: the changes before it stand.
      }
    }
    return changes;
  }
}

/** The change that put each listed document's current version in the corpus (its add or its latest update), by docId. */
export function latestAdds(changes: readonly CorpusChange[]): Map<string, CorpusChange> {
  const adds = new Map<string, CorpusChange>();
  for (const change of changes) {
    if (change.action === 'remove') adds.delete(change.docId);
    else {
      if (change.replacedDocId) adds.delete(change.replacedDocId);
      adds.set(change.docId, change);
    }
  }
  return adds;
}

/** A change recorded this long before the reindex that found it is taken for that reindex's (the bot's posts about it). */
const RECENT_CHANGE_MS = 10 * 60 * 1000;

/**
 * The latest change of each document — and of the document an update or restore replaced under
 * another name — when it was recorded within RECENT_CHANGE_MS of `now`, by docId: what the reindex
 * that just found the document changed was most likely about.
 */
export function recentLatestChanges(changes: readonly CorpusChange[], now: number): Map<string, CorpusChange> {
  const latest = new Map<string, CorpusChange>();
  for (const change of changes) {
    latest.set(change.docId, change);
    if (change.replacedDocId) latest.set(change.replacedDocId, change);
  }
  for (const [docId, change] of latest) if (!(Date.parse(change.time) >= now - RECENT_CHANGE_MS)) latest.delete(docId);
  return latest;
}
