/**
 * A file read by one of the extractors' workers (pdf-worker.ts, docx-worker.ts) on a thread of its
 * own: a long or hostile file neither holds up the answers nor outlives its limits — time, and the
 * worker's heap. Resolves with what the worker posted, or with why it was stopped; never rejects.
 */
import { parentPort } from 'node:worker_threads';
import { startModuleWorker } from '../../worker-thread.ts';

export interface ReadLimits {
  /** How long reading may take. */
  timeoutMs: number;
  /** The reading worker's heap. */
  heapMb: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { timeoutMs: 60_000, heapMb: 512 };

/** A file the worker could not read, and why (as the end of "… doesn't look like an article: …"). */
export interface Refused {
  refused: string;
}

/** Runs the worker module `entry` (beside this one) on a copy of `bytes`. */
export function readInWorker<T extends object>(entry: string, bytes: Uint8Array, limits: ReadLimits): Promise<T | Refused> {
  return new Promise((resolve) => {
    const worker = startModuleWorker(entry, import.meta.url, { resourceLimits: { maxOldGenerationSizeMb: limits.heapMb } });
    let outcome: T | Refused | null = null;
    const timer = setTimeout(() => {
      outcome ??= { refused: `reading it took longer than ${limits.timeoutMs / 1000} s` };
      void worker.terminate();
    }, limits.timeoutMs);
    worker.once('message', (read: T | Refused) => (outcome ??= read));
    worker.once('error', (error: Error & { code?: string }) => {
      outcome ??= { refused: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `reading it needed more than ${limits.heapMb} MB` : `reading it failed (${error.message})` };
    });
    worker.once('exit', () => {
      clearTimeout(timer);
      resolve(outcome ?? { refused: 'reading it stopped before it finished' });
    });
    // A copy: the worker takes the buffer it is sent, and the caller keeps its own.
    const copy = new Uint8Array(bytes);
    worker.postMessage(copy, [copy.buffer]);
  });
}

/**
 * The worker's side (pdf-worker.ts, docx-worker.ts): reads the one file it is sent with `read`, posts
 * what it found — or, when `read` throws, `couldNot` and the error's message as the reason — then ends.
 */
export function answerOneFile<T extends object>(read: (bytes: Uint8Array) => Promise<T | Refused>, couldNot: string): void {
  parentPort!.once('message', (bytes: Uint8Array) => {
    void read(bytes)
      .then(
        (found) => parentPort!.postMessage(found),
        (error: unknown) => parentPort!.postMessage({ refused: `${couldNot} (${(error as Error).message})` }),
      )
      .finally(() => parentPort!.close());
  });
}
