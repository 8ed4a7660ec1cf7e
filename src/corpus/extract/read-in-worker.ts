/**
 * A file read by one of the extractors' workers (pdf-worker.ts, docx-worker.ts) on a thread of its
 * own: a long or hostile file neither holds up the answers nor outlives its limits — time, the
 * worker's heap, and the memory the process gains while it reads. Resolves with what the worker
 * posted, or with why it was stopped; never rejects.
 */
import { parentPort } from 'node:worker_threads';
import { startModuleWorker } from '../../worker-thread.ts';

export interface ReadLimits {
  /** How long reading may take. */
  timeoutMs: number;
  /** The reading worker's heap. */
  heapMb: number;
  /**
   * How much the process's resident memory may grow while the file is read. The heap limit does not
   * count buffers (ArrayBuffers): a 1 MB PDF whose compressed stream unpacks to 1 GB of spaces took
   * the process to 3.5 GB within the heap limit. Watched from the answering thread.
   */
  growthMb: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { timeoutMs: 60_000, heapMb: 512, growthMb: 1024 };

/** How often the process's memory is looked at while a file is read (a bomb unpacks ~60 MB in this time at most). */
const MEMORY_CHECK_MS = 25;
const MB = 1024 * 1024;

/** A file the worker could not read, and why (as the end of "… doesn't look like an article: …"). */
export interface Refused {
  refused: string;
}

/** Runs the worker module `entry` (beside this one) on a copy of `bytes`. */
export function readInWorker<T extends object>(entry: string, bytes: Uint8Array, limits: ReadLimits): Promise<T | Refused> {
  return new Promise((resolve) => {
    const baseline = process.memoryUsage.rss();
    const worker = startModuleWorker(entry, import.meta.url, { resourceLimits: { maxOldGenerationSizeMb: limits.heapMb } });
    let outcome: T | Refused | null = null;
    const stop = (refused: string) => {
      outcome ??= { refused };
      void worker.terminate();
    };
    const timer = setTimeout(() => stop(`reading it took longer than ${limits.timeoutMs / 1000} s`), limits.timeoutMs);
    const memoryWatch = setInterval(() => {
      if (process.memoryUsage.rss() - baseline > limits.growthMb * MB) stop(`reading it needed more than ${limits.growthMb} MB of memory`);
    }, MEMORY_CHECK_MS);
    worker.once('message', (read: T | Refused) => (outcome ??= read));
    worker.once('error', (error: Error & { code?: string }) => {
      outcome ??= { refused: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `reading it needed more than ${limits.heapMb} MB` : `reading it failed (${error.message})` };
    });
    worker.once('exit', () => {
      clearTimeout(timer);
      clearInterval(memoryWatch);
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
