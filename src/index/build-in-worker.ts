/**
 * Runs a GenerationJob on a worker thread, so the HNSW insertion, the lexical index and the file
 * writes of a rebuild (seconds at 100,000 sentences) never hold up the thread that answers. One
 * worker per job: it frees its graph's memory when it ends. Whatever goes wrong in the worker comes
 * back as a rejection that says so; it never takes the process down.
 */
import type { Worker } from 'node:worker_threads';
import { startModuleWorker } from '../worker-thread.ts';
import type { GenerationJob, GenerationJobResult } from './generation-job.ts';

/** A build worker, started before its job is ready so that its start-up overlaps the embedding. */
export interface BuildWorker {
  /** Runs the job (once) and resolves with its result; the records are handed over when ready (generation-job.ts). */
  run(job: GenerationJob, records: Promise<Uint8Array>): Promise<GenerationJobResult>;
  /** Stops a worker whose job will not come (the build failed before it). */
  cancel(): void;
}

export function startBuildWorker(): BuildWorker {
  let result: GenerationJobResult | undefined;
  let failure: Error | undefined;
  let settle: { resolve: (r: GenerationJobResult) => void; reject: (e: Error) => void } | undefined;
  let exited = false;
  const worker = startWorker();
  const finish = () => {
    if (!settle) return;
    if (result) settle.resolve(result);
    else settle.reject(failure ?? new Error('the index build worker stopped before it finished'));
  };
  worker.on('message', (message: GenerationJobResult) => (result = message));
  worker.on('error', (error) => (failure = new Error(`the index build worker failed: ${error.message}`)));
  worker.once('exit', (code) => {
    exited = true;
    failure ??= new Error(`the index build worker stopped (exit code ${code}) before it finished`);
    finish();
  });
  return {
    run(job, records) {
      if (settle) throw new Error('a build worker runs one job');
      return new Promise((resolve, reject) => {
        settle = { resolve, reject };
        if (exited) {
          records.catch(() => undefined); // nothing left to hand them to
          return finish();
        }
        worker.postMessage(job);
        records.then(
          (bytes) => {
            // Transferred, not copied: the worker's end frees them.
            if (!exited) worker.postMessage(bytes, [bytes.buffer as ArrayBuffer]);
          },
          (error: Error) => {
            failure ??= error;
            void worker.terminate();
          },
        );
      });
    },
    cancel() {
      if (!settle) void worker.terminate();
    },
  };
}

function startWorker(): Worker {
  return startModuleWorker('./generation-worker', import.meta.url);
}
