/**
 * The corpus folder watched while the bot runs: a document copied in, edited or deleted by hand (or
 * on a mounted folder) is answered from after a few quiet seconds, with no /reindex or restart. A
 * burst of writes (a folder copied in, an editor's saves) makes one reindex, after it settles; a
 * change made while a reindex runs makes one more after it. Hidden files are not documents (the
 * loader skips them: editors' swap files, the bot's own half-written replacements) and change nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../log.ts';

export interface CorpusWatch {
  stop(): void;
}

export interface CorpusWatchOptions {
  /** The reindex; its failure is its own to log (the old index keeps serving). */
  onChange: () => Promise<unknown>;
  logger: Logger;
  /** How long the folder must stay quiet before the reindex (default 3 s). */
  quietMs?: number;
}

/** Whether a change to `file` (relative to the corpus folder) can change the corpus. */
export function changesCorpus(file: string | null): boolean {
  // Some platforms give no name: anything may have changed.
  if (file === null) return true;
  return !file.split(/[\\/]/).some((part) => part.startsWith('.') || part.endsWith('~'));
}

export function watchCorpus(corpusDir: string, options: CorpusWatchOptions): CorpusWatch {
  const { logger } = options;
  const quietMs = options.quietMs ?? 3000;
  let timer: NodeJS.Timeout | null = null;
  let running = false;
  let again = false;
  let stopped = false;

  const run = async () => {
    timer = null;
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      // Debug: the bot's own /corpus writes change the folder too; what the reindex found is logged after it.
      logger.debug('the corpus folder changed: reindexing', { corpusDir });
      await options.onChange();
    } catch {
      // The reindex logged why; the old index keeps serving until the next change or /reindex.
    } finally {
      running = false;
    }
    if (again) {
      again = false;
      schedule();
    }
  };
  const schedule = () => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void run(), quietMs);
    timer.unref();
  };

  let watcher: fs.FSWatcher;
  try {
    watcher = fs.watch(corpusDir, { recursive: true, persistent: false }, (_event, file) => {
      if (changesCorpus(file === null ? null : String(file))) schedule();
    });
  } catch (error) {
    logger.warn('cannot watch the corpus folder: after changing it by hand, run /reindex', { corpusDir, error });
    return { stop() {} };
  }
  watcher.on('error', (error) => {
    // The folder removed or renamed, or the system's watch limit reached: stop watching, say what to do.
    logger.warn('stopped watching the corpus folder: after changing it by hand, run /reindex', { corpusDir, error });
    watcher.close();
  });
  logger.debug('watching the corpus folder', { corpusDir: path.resolve(corpusDir), quietMs });
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      watcher.close();
    },
  };
}
