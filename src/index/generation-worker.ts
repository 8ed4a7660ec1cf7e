/** The build worker's entry (started by build-in-worker.ts): it waits for one job and its records, posts its result, then ends. */
import { parentPort } from 'node:worker_threads';
import { runGenerationJob, type GenerationJob } from './generation-job.ts';

parentPort!.once('message', (job: GenerationJob) => {
  // The sentence records follow in a second message (generation-job.ts).
  const records = new Promise<Uint8Array>((resolve) => parentPort!.once('message', resolve));
  void runGenerationJob(job, records).then((result) => {
    parentPort!.postMessage(result, [result.lexical.buffer as ArrayBuffer]);
    parentPort!.close();
  });
});
